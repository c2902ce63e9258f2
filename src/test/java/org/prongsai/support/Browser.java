package org.prongsai.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser for forms: it keeps cookies and sends back the CSRF token
 * of the last page it read. Redirects are not followed, so tests can see where they lead.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    // Sessions signed in with a TOTP code, kept for the next test that signs in as the same person: each code
    // is accepted only once, so signing in again for every test would wait half a minute for a fresh one.
    private static final java.util.Map<String, java.net.HttpCookie> SIGNED_IN =
            new java.util.concurrent.ConcurrentHashMap<>();
    private String csrf;

    public Browser(int port) {
        this("http://localhost:" + port);
    }

    public Browser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        var withToken = new LinkedHashMap<>(fields);
        if (csrf != null && !withToken.containsKey("_csrf")) {
            withToken.put("_csrf", csrf);
        }
        return postRaw(path, withToken);
    }

    /** Posts exactly the given fields: no CSRF token unless the caller adds one. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var matcher = CSRF.matcher(response.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a multipart form with one file, and the CSRF token of the last page read. */
    public HttpResponse<String> postFile(
            String path, Map<String, String> fields, String fileField, String fileName, String type, byte[] content) {
        var boundary = "----prongsai-test-boundary";
        var body = new java.io.ByteArrayOutputStream();
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session's id as the server keeps it (the cookie holds it in Base64), or null before one exists. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("PRONGSAI_SESSION"))
                .map(c -> new String(java.util.Base64.getDecoder().decode(c.getValue()), StandardCharsets.UTF_8))
                .findFirst()
                .orElse(null);
    }

    public String csrf() {
        return csrf;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /**
     * Signs in with a password (and a TOTP code when asked), returning where the sign-in led. A code is accepted
     * once per account, so signing in again as the same person within half a minute waits for the next code.
     */
    public String signIn(String username, String password, String totpSecret) {
        get("/login");
        var response = post("/login", Map.of("username", username, "password", password));
        var next = location(response);
        if (next.endsWith("/login/second-factor") && totpSecret != null) {
            get("/login/second-factor");
            response = post("/login/second-factor", Map.of("code", Totp.now(totpSecret)));
            next = location(response);
        }
        return next;
    }
}
