package cn.policyportal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import cn.policyportal.TestPortal;

/** A person's browser as the API sees it: its own cookie jar, logged in, sending the CSRF token with writes. */
final class AccountSession {

    /** A file in a multipart form. */
    record Part(String name, String fileName, byte[] bytes) {
    }

    private final TestPortal portal;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf;

    private AccountSession(TestPortal portal) {
        this.portal = portal;
    }

    /** Logs {@code username} in, failing when the portal refuses. */
    static AccountSession login(TestPortal portal, String username, String password) throws Exception {
        AccountSession session = new AccountSession(portal);
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(portal.uri("/api/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .header("Content-Type", "application/json"));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + answer.body());
        }
        session.csrf = portal.parse(answer.body()).get("csrf").asText();
        return session;
    }

    /** Creates an account with the admin token. */
    static void addUser(TestPortal portal, String username, String password, String role, String... departments)
            throws Exception {
        String depts = String.join(",", java.util.Arrays.stream(departments).map(d -> "\"" + d + "\"").toList());
        HttpResponse<String> answer = portal.post("/api/users", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"role\":\"" + role + "\",\"departments\":[" + depts + "]}", TestPortal.ADMIN_TOKEN);
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("cannot add " + username + ": " + answer.body());
        }
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(portal.uri(path)).GET());
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> answer = get(path);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + answer.statusCode() + " " + answer.body());
        }
        return portal.parse(answer.body());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(portal.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POSTs JSON with the CSRF token. */
    HttpResponse<String> post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(portal.uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf));
    }

    /** POSTs JSON without the CSRF token, as another site's form would. */
    HttpResponse<String> postWithoutCsrf(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(portal.uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    /** Sends a report on {@code measure}: multipart form fields and files, with the CSRF token. */
    HttpResponse<String> report(String measure, Map<String, String> fields, List<Part> files) throws Exception {
        String boundary = "----portal" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Part file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(portal.uri("/api/measures/" + measure + "/reports"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-Token", csrf));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
