package cn.policyportal.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decodes the bytes of a plain-text file into a string, getting Chinese encodings right.
 *
 * <p>Order of evidence: a byte-order mark; strict UTF-8 (almost never valid by accident); the
 * statistical guess of Tika's detectors; and, because those detectors call very short or mostly-ASCII
 * GB text ISO-8859-1, strict GB18030 when the guess is not a CJK charset and GB18030 decodes the bytes
 * cleanly into text that contains Chinese.
 */
public final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The decoded text and the charset that produced it. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * Decodes {@code bytes}, asking {@code detector} for its guess only when neither a byte-order mark
     * nor strict UTF-8 settles the charset: a statistical detector reads the whole text, and most
     * files are UTF-8.
     */
    public static Decoded decode(byte[] bytes, Supplier<Charset> detector) {
        Optional<Decoded> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        Charset detectorGuess = detector.get();
        if (detectorGuess != null && isCjk(detectorGuess)) {
            Optional<String> guessed = strict(bytes, 0, detectorGuess);
            if (guessed.isPresent()) {
                return new Decoded(guessed.get(), detectorGuess);
            }
        }
        Optional<String> gb = strict(bytes, 0, GB18030);
        if (gb.isPresent() && containsHan(gb.get())) {
            return new Decoded(gb.get(), GB18030);
        }
        Charset fallback = detectorGuess != null ? detectorGuess : GB18030;
        return new Decoded(new String(bytes, fallback), fallback);
    }

    /** The text of {@code bytes} if they are UTF-8 (strictly, or after a UTF-8 byte-order mark). */
    public static Optional<String> utf8(byte[] bytes) {
        Optional<Decoded> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return bom.filter(d -> d.charset().equals(StandardCharsets.UTF_8)).map(Decoded::text);
        }
        return strict(bytes, 0, StandardCharsets.UTF_8);
    }

    /** Whether {@code b} starts with a UTF-8 or UTF-16 byte-order mark. */
    public static boolean hasByteOrderMark(byte[] b) {
        return bomCharset(b) != null;
    }

    /** The charset a byte-order mark at the start of {@code b} announces, or {@code null}. */
    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Optional<Decoded> decodeWithBom(byte[] b) {
        Charset charset = bomCharset(b);
        if (charset == null) {
            return Optional.empty();
        }
        int skip = charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
        return Optional.of(new Decoded(new String(b, skip, b.length - skip, charset), charset));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean isCjk(Charset charset) {
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("GB") || name.contains("BIG5") || name.startsWith("UTF-16")
                || name.equals("EUC-TW") || name.equals("X-EUC-TW");
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
