package org.beaconportal.it.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small SMTP server for the cluster test, outside the portal's processes. Like any mail server it
 * keeps a message only once it answered "250" to the end of its data; a connection that ends before
 * that answer leaves nothing. {@link #holdMessage(int)} makes it keep the answer to one message back,
 * so the test can kill the sending node while that message is on its way.
 */
final class SmtpSink implements AutoCloseable {

    /** One accepted message. */
    record Received(String recipient, String subject, String data) {}

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private int holdAt = -1;
    private int ended;
    private final CountDownLatch holding = new CountDownLatch(1);

    SmtpSink(int port) {
        try {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.submit(this::accept);
    }

    /** The {@code n}-th message (1-based, counted over all connections) gets no answer. */
    synchronized void holdMessage(int n) {
        holdAt = n;
    }

    /** Waits until the held message's data arrived (its sender now waits for the answer). */
    boolean awaitHolding(Duration timeout) throws InterruptedException {
        return holding.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} messages were accepted; false on timeout. */
    synchronized boolean awaitReceived(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 sink");
                } else if (command.startsWith("MAIL FROM")) {
                    recipient = null;
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 go ahead");
                    StringBuilder data = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.append(line.startsWith("..") ? line.substring(1) : line)
                                .append('\n');
                    }
                    if (line == null) {
                        return;
                    }
                    if (isHeld()) {
                        holding.countDown();
                        // No answer: the sender waits until it is killed; then the read ends.
                        while (in.readLine() != null) {
                            // whatever comes now is not an answer to this message
                        }
                        return;
                    }
                    keep(new Received(recipient, subjectOf(data.toString()), data.toString()));
                    reply(out, "250 accepted");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the sender went away
        }
    }

    private synchronized boolean isHeld() {
        ended++;
        return ended == holdAt;
    }

    private synchronized void keep(Received message) {
        received.add(message);
        notifyAll();
    }

    private static String subjectOf(String data) {
        for (String header : data.split("\n")) {
            if (header.isEmpty()) {
                break;
            }
            if (header.regionMatches(true, 0, "Subject:", 0, 8)) {
                return header.substring(8).trim();
            }
        }
        return "";
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
