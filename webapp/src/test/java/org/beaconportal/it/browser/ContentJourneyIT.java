package org.beaconportal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.beaconportal.it.browser.pages.ContentEditorPage;
import org.beaconportal.it.browser.pages.ContentListPage;
import org.beaconportal.it.browser.pages.HomePage;
import org.beaconportal.it.browser.pages.LoginPage;
import org.beaconportal.it.browser.pages.PublicContentPage;
import org.beaconportal.it.browser.pages.SearchPage;
import org.beaconportal.it.support.PortalClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves the editorial journey in the browser. An editor writes a new page (the live preview
 * renders its Markdown heading while typing), saves it and submits it for review; the
 * administrator finds it with the list filter and publishes it; an anonymous visitor (a second
 * browser without cookies) finds it through the header search box, sees the searched word
 * highlighted in a {@code <mark>} and opens {@code /pages/<slug>}, whose only {@code h1} is the
 * title; the editor then saves a second text and restores revision 1, which brings the first text
 * back as one more revision. A second test proves that when two editors edit the same item the
 * later save is refused with the conflict message, keeps the refused text on screen under "Your
 * text (not saved)" and saves nothing of it.
 */
class ContentJourneyIT extends PortalBrowserTest {

    private static final String EDITOR = "content-editor";
    private static final String SECOND_EDITOR = "content-editor-2";
    private static final String EDITOR_PASSWORD = "editor-passphrase-for-content-42";
    private static final String HEADING = "Where to find shelter";

    @BeforeEach
    void createEditors() {
        PortalClient client = new PortalClient(base);
        client.createAccount(EDITOR, EDITOR_PASSWORD, "EDITOR");
        client.createAccount(SECOND_EDITOR, EDITOR_PASSWORD, "EDITOR");
    }

    @Test
    void editorWritesAdministratorPublishesVisitorFindsItAndEditorRestoresARevision() {
        String word = uniqueWord();
        String title = "Shelter guide " + word;
        String firstBody =
                "## " + HEADING + "\n\nCall the hotline first.\n\n- Safe houses\n- Food banks " + word + "\n";
        String secondBody = "## Changed plan\n\nA second text for " + word + ".\n";

        // 1. The editor writes the page, watches the preview, saves and submits it for review.
        LoginPage.open(browser, base).logInAs(EDITOR, EDITOR_PASSWORD);
        ContentEditorPage editor = ContentListPage.open(browser, base)
                .newPage()
                .typeTitle(title)
                .typeSummary("Where survivors can stay safely tonight.")
                .typeBody(firstBody)
                .uploadFile(picture())
                .chooseTerm("Denver metro")
                .addTag("Night shelter");
        String bodyWithPicture = editor.body();

        editor.awaitPreviewHeading(HEADING);
        ContentEditorPage writer = editor;
        browser.await(d -> writer.previewElements("img").stream()
                .anyMatch(img -> "Shelter map".equals(img.getDomAttribute("alt"))));
        assertEquals(
                List.of("Safe houses", "Food banks " + word),
                editor.previewElements("li").stream().map(e -> e.getText()).toList(),
                "the preview renders the list");

        editor.save();
        assertEquals(List.of("Saved."), editor.messages());
        assertEquals("Draft", editor.status());

        editor.takeStep("Submit for review");
        assertEquals(List.of("Submitted for review."), editor.messages());
        assertEquals("In review", editor.status());
        editor.shell().logOut();

        // 2. The administrator finds it with the list filter and publishes it.
        StaffAccount.logInAsAdmin(browser, base);
        ContentEditorPage review =
                ContentListPage.open(browser, base).filterByTitle(word, title).openItem(title);
        long id = review.id();
        assertEquals("In review", review.status());

        review.takeStep("Publish");

        assertEquals(List.of("Published."), review.messages());
        assertEquals("Published", review.status());
        review.shell().logOut();

        // 3. An anonymous visitor finds it through the header search and opens it.
        browser.await(d -> isFoundBySearch(word));
        try (Browser visitor = Browser.launch()) {
            SearchPage results = HomePage.open(visitor, base).shell().search(word);

            assertEquals(List.of(title), results.hitTitles());
            assertTrue(
                    results.highlightedWords(title).stream().anyMatch(word::equalsIgnoreCase),
                    "the word is highlighted: " + results.highlightedWords(title));

            PublicContentPage page = results.openHit(title);

            assertEquals(Browser.url(base, "/pages/shelter-guide-" + word), page.url());
            assertEquals(List.of(title), page.allTopHeadings(), "the title is the only h1");
            assertTrue(page.text().contains(HEADING), page.text());
            assertEquals(
                    List.of("Shelter map"), page.imageAltTexts(), "the uploaded picture is shown with its alt text");
            assertEquals(List.of("Denver metro", "#night shelter"), page.termsAndTags());
        }

        // 4. The editor saves a second text, then restores revision 1.
        LoginPage.open(browser, base).logInAs(EDITOR, EDITOR_PASSWORD);
        editor = ContentEditorPage.open(browser, base, id).typeBody(secondBody);
        editor.awaitPreviewHeading("Changed plan");
        editor.save();
        assertEquals(List.of("Saved."), editor.messages());
        assertEquals(normalized(secondBody), normalized(editor.body()));
        int revisionsBefore = editor.revisionCount();

        editor.restoreRevision(1);

        assertEquals(List.of("Revision 1 restored as a new revision."), editor.messages());
        assertEquals(normalized(bodyWithPicture), normalized(editor.body()), "the body shows the first text again");
        assertEquals(revisionsBefore + 1, editor.revisionCount(), "restoring adds a revision");
        editor.awaitPreviewHeading(HEADING);
    }

    /** A small PNG the editor drops on the upload box. */
    private static java.nio.file.Path picture() {
        try {
            java.awt.image.BufferedImage image =
                    new java.awt.image.BufferedImage(64, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.nio.file.Path file =
                    java.nio.file.Files.createTempDirectory("beacon-it").resolve("Shelter map.png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void toolbarFormatsTheSelectionAndThePreviewFollows() {
        LoginPage.open(browser, base).logInAs(EDITOR, EDITOR_PASSWORD);
        ContentEditorPage editor = ContentListPage.open(browser, base).newPage().typeBody("urgent");

        editor.selectWholeBody().pressToolbar("Bold");

        assertEquals("**urgent**", editor.body());
        browser.await(d -> editor.previewElements("strong").stream()
                .anyMatch(e -> e.getText().equals("urgent")));
    }

    @Test
    void laterSaveOfTwoEditorsIsRefusedAndKeepsItsTextOnScreen() {
        String word = uniqueWord();
        String title = "Conflict test " + word;
        String firstEditorsText = "First editor's text " + word + ".";
        String secondEditorsText = "Second editor's text " + word + ".";
        LoginPage.open(browser, base).logInAs(EDITOR, EDITOR_PASSWORD);
        ContentListPage.open(browser, base)
                .newPage()
                .typeTitle(title)
                .typeBody("Original text " + word + ".")
                .save();
        ContentEditorPage first =
                ContentListPage.open(browser, base).filterByTitle(word, title).openItem(title);

        try (Browser other = Browser.launch()) {
            LoginPage.open(other, base).logInAs(SECOND_EDITOR, EDITOR_PASSWORD);
            ContentEditorPage second = ContentEditorPage.open(other, base, first.id());

            first.typeBody(firstEditorsText)
                    .awaitPreviewContaining(firstEditorsText)
                    .save();
            assertEquals(List.of("Saved."), first.messages());
            second.typeBody(secondEditorsText)
                    .awaitPreviewContaining(secondEditorsText)
                    .save();

            List<String> messages = second.messages();
            assertEquals(1, messages.size(), messages.toString());
            assertTrue(messages.get(0).startsWith("Someone else"), messages.get(0));
            assertTrue(second.showsConflict(), "the conflict box is shown");
            assertTrue(second.unsavedTextField().isDisplayed(), "Your text (not saved) is visible");
            assertEquals(secondEditorsText, second.unsavedTextField().getDomProperty("value"));
            assertEquals(firstEditorsText, second.body(), "the form shows the saved version");
            assertFalse(
                    ContentEditorPage.open(other, base, first.id()).body().contains("Second editor"),
                    "nothing of the refused text was saved");
        }
    }

    /** True when the public search (without cookies) finds the word already: indexing runs in the background. */
    private boolean isFoundBySearch(String word) {
        return new PortalClient(base).get("/search?q=" + word).body().contains("<mark>");
    }

    /** A word of random consonants that no other content contains and no stemmer changes. */
    private static String uniqueWord() {
        String letters = "bcdfghjklmnpqrtvwxz";
        SecureRandom random = new SecureRandom();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String normalized(String text) {
        return text.replace("\r\n", "\n").strip();
    }
}
