package org.beaconportal.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Beacon node from the packaged server archive ({@code mvn -Ppackage package}), unpacked into its
 * own folder and configured only by environment variables, as in production. Started and stopped
 * with Liberty's own {@code server} script; {@link #kill()} ends it with SIGKILL, as a crash would.
 */
final class PackagedNode {

    private final String name;
    private final Path home;
    private final int httpPort;
    private final Map<String, String> environment;

    PackagedNode(String name, Path archive, Path home, int httpPort, int httpsPort, Map<String, String> settings) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.environment = new HashMap<>(settings);
        environment.put("BEACON_HTTP_PORT", String.valueOf(httpPort));
        environment.put("BEACON_HTTPS_PORT", String.valueOf(httpsPort));
        environment.put("BEACON_NODE_NAME", name);
        if (!Files.isDirectory(home.resolve("wlp"))) {
            run(List.of("unzip", "-q", archive.toString(), "-d", home.toString()), Duration.ofMinutes(3));
        }
    }

    String name() {
        return name;
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + httpPort).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return httpPort;
    }

    /** Starts the server (in the background) and waits until its readiness check answers UP. */
    void start(Duration timeout) {
        run(List.of(script().toString(), "start", "beacon", "--clean"), Duration.ofMinutes(2));
        awaitReady(timeout);
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (logTail(400).contains("CWWKZ0002E")) {
                throw new AssertionError("Node " + name + " failed to start the application\n" + logTail(60));
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Node " + name + " not ready after " + timeout + "\n" + logTail(40));
    }

    /** Ends the server's process at once with SIGKILL: no shutdown hook, nothing released. */
    void kill() {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Stops the server normally (ignores a server that is not running). */
    void stop() {
        try {
            run(List.of(script().toString(), "stop", "beacon"), Duration.ofMinutes(2));
        } catch (AssertionError e) {
            // already stopped
        }
    }

    private long pid() {
        try {
            return Long.parseLong(Files.readString(home.resolve("wlp/usr/servers/.pid/beacon.pid"))
                    .trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the server's messages log, for failure reports. */
    String logTail(int lines) {
        Path log = home.resolve("wlp/usr/servers/beacon/logs/messages.log");
        try {
            List<String> all = Files.readAllLines(log);
            return "--- " + name + " " + log + "\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "--- " + name + ": no log (" + e.getMessage() + ")";
        }
    }

    private Path script() {
        return home.resolve("wlp/bin/server");
    }

    private void run(List<String> command, Duration timeout) {
        try {
            Files.createDirectories(home);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolveSibling(name + "-commands.log").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " ended with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
