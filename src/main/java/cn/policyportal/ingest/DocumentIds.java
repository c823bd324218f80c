package cn.policyportal.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable document ids and content hashes. */
public final class DocumentIds {

    private DocumentIds() {
    }

    /**
     * The id of the document at {@code relativePath}: the first 12 hex digits of the SHA-256 of its
     * NFC-normalised path. Ids are URL-safe and survive any re-index, since they depend on the name alone.
     */
    public static String forPath(String relativePath) {
        String normalised = Normalizer.normalize(relativePath.replace('\\', '/'), Normalizer.Form.NFC);
        return sha256(normalised.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** Whether {@code id} has the shape of an id this class makes. */
    public static boolean isWellFormed(String id) {
        return id != null && id.matches("[0-9a-f]{12}");
    }

    /** Hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
