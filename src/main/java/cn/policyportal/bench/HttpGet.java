package cn.policyportal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's HTTP client: one GET on the calling thread over a kept-alive connection.
 *
 * <p>{@code java.net.http.HttpClient} hands every request to its selector thread and back, which
 * cost about 0.35 ms a request on this machine (a trivial answer took 0.31–1.06 ms through it and
 * 0.10–0.17 ms through this), a third of what the benchmark meant to measure; under 16 clients those
 * hand-offs took CPU from the server on the same cores. {@link HttpURLConnection} runs on the
 * caller's thread and reuses connections, as load generators such as wrk do.
 */
final class HttpGet {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    static {
        // The JDK keeps only 5 idle connections per server by default: any more clients would
        // open a new connection for each request and measure TCP set-up instead of the portal.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "256");
        }
    }

    private HttpGet() {
    }

    /** Whether a GET of {@code url} was answered 200; {@code false} for any other status or no answer. */
    static boolean ok(String url) {
        try {
            return status(url) == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The status of a GET of {@code url}, its body read and dropped so the connection is reused. */
    static int status(String url) throws IOException {
        HttpURLConnection connection = open(url);
        int status = connection.getResponseCode();
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
        return status;
    }

    /** The body of a GET of {@code url} as UTF-8 text. */
    static String body(String url) throws IOException {
        HttpURLConnection connection = open(url);
        try (InputStream body = connection.getInputStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpURLConnection open(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        connection.setReadTimeout(READ_TIMEOUT_MILLIS);
        return connection;
    }
}
