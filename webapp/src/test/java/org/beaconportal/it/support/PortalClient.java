package org.beaconportal.it.support;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for the portal, as a browser without JavaScript would use it: keeps cookies,
 * does not follow redirects, posts Faces forms with their hidden fields.
 *
 * <pre>{@code
 * PortalClient client = new PortalClient(baseUrl);
 * client.login("admin", password);
 * assertEquals(200, client.get("/admin").statusCode());
 * }</pre>
 */
public final class PortalClient {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public PortalClient(URL baseUrl) {
        String text = baseUrl.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .GET()
                .build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.build());
    }

    /** Submits the login form and returns the response to the post. */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = get("/login");
        Map<String, String> fields = hiddenFields(page.body());
        fields.put("username", username);
        fields.put("password", password);
        fields.put("submit", "Log in");
        return postForm("/login", fields, origin());
    }

    /** Creates an account through the test-only endpoint. */
    public void createAccount(String username, String password, String role) {
        HttpResponse<String> response = postForm(
                "/api/test/accounts", Map.of("username", username, "password", password, "role", role), origin());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Could not create test account: " + response.statusCode());
        }
    }

    public String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    public boolean hasCookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .anyMatch(c -> c.getName().equals(name));
    }

    public static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return fields;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
