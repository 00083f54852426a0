package org.beaconportal.core.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.beaconportal.core.application.BlobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest {

    /** SHA-256 of "hello". */
    private static final String HELLO = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    Path root;

    @Test
    void storesUnderItsHashInTwoLevelsOfFolders() throws IOException {
        BlobStore.Stored stored = new FileBlobStore(root).put(stream("hello"));

        assertEquals(HELLO, stored.sha256());
        assertEquals(5, stored.size());
        assertTrue(stored.created());
        Path expected = root.resolve("2c").resolve("f2").resolve(HELLO);
        assertEquals(expected, new FileBlobStore(root).pathOf(HELLO));
        assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(expected));
    }

    @Test
    void equalContentIsStoredOnce() throws IOException {
        FileBlobStore store = new FileBlobStore(root);

        BlobStore.Stored first = store.put(stream("same bytes"));
        BlobStore.Stored second = store.put(stream("same bytes"));

        assertEquals(first.sha256(), second.sha256());
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(1, blobFiles().count());
    }

    @Test
    void readsBackWhatWasStoredAndKnowsWhatExists() throws IOException {
        FileBlobStore store = new FileBlobStore(root);
        String sha = store.put(stream("read me")).sha256();

        try (InputStream in = store.open(sha).orElseThrow()) {
            assertEquals("read me", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(store.exists(sha));
        assertFalse(store.exists(HELLO));
        assertTrue(store.open(HELLO).isEmpty());
        assertTrue(store.open("../../etc/passwd").isEmpty());
        assertFalse(store.exists("not-a-hash"));
        assertThrows(IllegalArgumentException.class, () -> store.pathOf("../x"));
    }

    @Test
    void aFailedWriteLeavesNeitherBlobNorTemporaryFile() throws IOException {
        FileBlobStore store = new FileBlobStore(root);
        InputStream breaksHalfway = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThrows(IOException.class, () -> store.put(breaksHalfway));

        assertEquals(0, blobFiles().count());
        try (Stream<Path> tmp = Files.list(root.resolve(".tmp"))) {
            assertEquals(0, tmp.count(), "the temporary file is removed");
        }
    }

    @Test
    void writesThroughATemporaryFileThatIsMovedIntoPlace() throws IOException {
        FileBlobStore store = new FileBlobStore(root);

        store.put(stream("atomic"));

        assertTrue(Files.isDirectory(root.resolve(".tmp")), "written in the store's own temporary folder");
        try (Stream<Path> tmp = Files.list(root.resolve(".tmp"))) {
            assertEquals(0, tmp.count(), "nothing left behind after the move");
        }
    }

    @Test
    void deleteRemovesOnlyThatBlob() throws IOException {
        FileBlobStore store = new FileBlobStore(root);
        String keep = store.put(stream("keep")).sha256();
        String drop = store.put(stream("drop")).sha256();

        store.delete(drop);

        assertTrue(store.exists(keep));
        assertFalse(store.exists(drop));
    }

    private Stream<Path> blobFiles() throws IOException {
        return Files.walk(root).filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve(".tmp")));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
