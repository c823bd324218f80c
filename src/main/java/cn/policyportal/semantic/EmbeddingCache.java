package cn.policyportal.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors already computed, by the hash of the model and the text embedded, in one append-only
 * file: re-indexing embeds only new or changed texts, and an article that repeats across versions
 * of a law is embedded once. Each record is the 16-byte key and the vector as half-precision floats
 * (1 KB; the model's own precision is lower). Records are appended and forced to disk a batch at a
 * time, so a killed run loses at most the batch it was computing; a torn last record is cut off
 * when the file is opened again.
 */
public final class EmbeddingCache implements Closeable {

    private static final int KEY_BYTES = 16;
    private static final int RECORD_BYTES = KEY_BYTES + 2 * Embedder.DIMENSIONS;

    private final FileChannel file;
    /** Where each key's record starts, by key. */
    private final Map<Key, Long> offsets = new HashMap<>();

    /** A text's key: the first 16 bytes of SHA-256 over the model name and the text. */
    public record Key(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        /** The key as hex, as the vector index stores it. */
        public String hex() {
            StringBuilder s = new StringBuilder();
            for (byte b : bytes) {
                s.append(String.format("%02x", b));
            }
            return s.toString();
        }
    }

    /** Opens (or creates) the cache in {@code path}, reading which keys it holds. */
    public EmbeddingCache(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long whole = file.size() - file.size() % RECORD_BYTES;
        if (whole != file.size()) {
            file.truncate(whole);
        }
        ByteBuffer key = ByteBuffer.allocate(KEY_BYTES);
        for (long at = 0; at < whole; at += RECORD_BYTES) {
            key.clear();
            file.read(key, at);
            offsets.put(new Key(key.array().clone()), at);
        }
    }

    /** The key of {@code text} embedded by the model. */
    public static Key key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Embedder.MODEL_ID.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return new Key(Arrays.copyOf(sha.digest(text.getBytes(StandardCharsets.UTF_8)), KEY_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized int size() {
        return offsets.size();
    }

    /** The vector kept for {@code key}, or {@code null}. */
    public synchronized float[] get(Key key) throws IOException {
        Long at = offsets.get(key);
        if (at == null) {
            return null;
        }
        ByteBuffer record = ByteBuffer.allocate(2 * Embedder.DIMENSIONS);
        file.read(record, at + KEY_BYTES);
        record.flip();
        float[] v = new float[Embedder.DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.float16ToFloat(record.getShort());
        }
        return v;
    }

    /** Appends the vectors of {@code keys} and forces them to disk before returning. */
    public synchronized void putAll(List<Key> keys, List<float[]> vectors) throws IOException {
        ByteBuffer batch = ByteBuffer.allocate(RECORD_BYTES * keys.size());
        for (int i = 0; i < keys.size(); i++) {
            batch.put(keys.get(i).bytes());
            for (float x : vectors.get(i)) {
                batch.putShort(Float.floatToFloat16(x));
            }
        }
        batch.flip();
        long at = file.size();
        while (batch.hasRemaining()) {
            file.write(batch, at + batch.position());
        }
        file.force(false);
        for (int i = 0; i < keys.size(); i++) {
            offsets.putIfAbsent(keys.get(i), at + (long) i * RECORD_BYTES);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        file.close();
    }
}
