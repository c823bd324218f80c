package cn.policyportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The portal's pages, scripts and styles ({@code web/} in the jar) and Chart.js (its webjar), read
 * from the class path by name and kept once read. Javalin's static-file handler mounts the whole
 * jar as a file system to find them, reading its 50,000 entries on every start (about 0.4 s of it);
 * a class-path lookup uses the jar the JVM has already opened.
 */
final class StaticFiles {

    /** A file name of {@code web/}: no folders, so no path can leave it. */
    private static final Pattern WEB_FILE = Pattern.compile("[A-Za-z0-9_-]+\\.[a-z0-9]+");
    /** A path inside the webjars: plain names separated by single slashes, no {@code ..}. */
    private static final Pattern WEBJAR_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "map", "application/json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "ico", "image/x-icon");

    /** A file's bytes, type and validator. */
    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final Map<String, Optional<Asset>> assets = new ConcurrentHashMap<>();

    /** Serves {@code web/<file>}, or answers 404; pages are served so under their clean addresses too. */
    void web(Context ctx, String file) {
        serve(ctx, WEB_FILE.matcher(file).matches() ? "/web/" + file : null);
    }

    /** Serves {@code META-INF/resources/webjars/<path>}, or answers 404. */
    void webjar(Context ctx, String path) {
        serve(ctx, WEBJAR_PATH.matcher(path).matches() ? "/META-INF/resources/webjars/" + path : null);
    }

    private void serve(Context ctx, String resource) {
        Asset asset = resource == null ? null : assets.computeIfAbsent(resource, StaticFiles::read).orElse(null);
        if (asset == null) {
            throw new NotFoundResponse();
        }
        // Revalidated on every use, so a new version of the portal is picked up at once.
        ctx.header("Cache-Control", "no-cache").header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    /** A folder named like a file (the webjar's {@code chart.js/}) is found as a resource too. */
    private static boolean isDirectory(URL url) throws IOException, URISyntaxException {
        return switch (url.getProtocol()) {
            case "file" -> Files.isDirectory(Path.of(url.toURI()));
            case "jar" -> ((JarURLConnection) url.openConnection()).getJarEntry().isDirectory();
            default -> false;
        };
    }

    private static Optional<Asset> read(String resource) {
        String type = TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
        if (type == null) {
            return Optional.empty();
        }
        URL url = StaticFiles.class.getResource(resource);
        try {
            if (url == null || isDirectory(url)) {
                return Optional.empty();
            }
        } catch (IOException | URISyntaxException e) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return Optional.of(new Asset(bytes, type, "\"" + HexFormat.of().toHexDigits(crc.getValue()) + "\""));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
