package org.beaconportal.it.compliance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.beaconportal.it.support.PortalClient;

/**
 * Downloads binary files (PDF, ZIP) of the company area as a logged-in member: {@link PortalClient}
 * reads bodies as text, which would corrupt them.
 *
 * <pre>{@code
 * byte[] pdf = CompanyDownloads.loggedIn(base, "alpha", password).get("/company/report.pdf").body();
 * }</pre>
 */
final class CompanyDownloads {

    private final URI base;
    private final HttpClient http;

    private CompanyDownloads(URL baseUrl) {
        String text = baseUrl.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    static CompanyDownloads loggedIn(URL baseUrl, String username, String password) {
        CompanyDownloads downloads = new CompanyDownloads(baseUrl);
        String page = new String(downloads.get("/login").body(), StandardCharsets.UTF_8);
        Map<String, String> fields = PortalClient.hiddenFields(page);
        fields.put("username", username);
        fields.put("password", password);
        fields.put("submit", "Log in");
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<byte[]> login =
                downloads.send(HttpRequest.newBuilder(downloads.base.resolve(downloads.base.getPath() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", downloads.base.getScheme() + "://" + downloads.base.getAuthority())
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (login.statusCode() != 302) {
            throw new IllegalStateException("Login failed: " + login.statusCode());
        }
        return downloads;
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(base.getPath() + path))
                .GET()
                .build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
