package org.beaconportal.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx (Debian's package) as the load balancer in front of the nodes, on loopback, with its own
 * configuration and folders. A session stays on one node (hash of the session id) until that node
 * fails; then nginx passes the request to the next node. Each answer names the node that gave it
 * ({@code X-Beacon-Upstream}), for the test.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Path folder;
    private final int port;

    Nginx(Path folder, int port, List<PackagedNode> nodes) {
        this.folder = folder;
        this.port = port;
        try {
            Files.createDirectories(folder.resolve("temp"));
            String servers = nodes.stream()
                    .map(n -> "    server 127.0.0.1:" + n.port() + " max_fails=1 fail_timeout=60s;")
                    .collect(Collectors.joining("\n"));
            Files.writeString(
                    folder.resolve("nginx.conf"),
                    """
                    worker_processes 1;
                    daemon on;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 512; }
                    http {
                      access_log off;
                      client_body_temp_path %1$s/temp/body;
                      proxy_temp_path %1$s/temp/proxy;
                      fastcgi_temp_path %1$s/temp/fastcgi;
                      uwsgi_temp_path %1$s/temp/uwsgi;
                      scgi_temp_path %1$s/temp/scgi;
                      client_max_body_size 50m;
                      # Liberty's session cookie is <4-digit cache id><session id>:<clone id>; the cache
                      # id changes when another node loads the session, so only the id is hashed.
                      map $cookie_BEACONSESSION $beacon_session {
                        "~^[0-9]{4}(?<id>[^:]+)" $id;
                        default "";
                      }
                      upstream beacon {
                        hash $beacon_session consistent;
                    %2$s
                      }
                      server {
                        listen 127.0.0.1:%3$d;
                        location / {
                          proxy_pass http://beacon;
                          proxy_http_version 1.1;
                          proxy_set_header Host $http_host;
                          proxy_set_header X-Forwarded-For $remote_addr;
                          proxy_set_header X-Forwarded-Proto $scheme;
                          proxy_connect_timeout 2s;
                          proxy_next_upstream error timeout http_502 http_503;
                          add_header X-Beacon-Upstream $upstream_addr always;
                        }
                      }
                    }
                    """
                            .formatted(folder.toAbsolutePath(), servers, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        control();
    }

    URL base() {
        try {
            return URI.create("http://localhost:" + port).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void control(String... signal) {
        List<String> command = new java.util.ArrayList<>(List.of(
                BINARY.toString(),
                "-p",
                folder.toAbsolutePath().toString(),
                "-c",
                folder.resolve("nginx.conf").toAbsolutePath().toString()));
        command.addAll(List.of(signal));
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            folder.resolve("control.log").toFile()))
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(
                        "nginx " + command + " failed: " + Files.readString(folder.resolve("control.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        control("-s", "stop");
    }
}
