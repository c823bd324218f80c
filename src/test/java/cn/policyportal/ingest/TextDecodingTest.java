package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The encodings a plain-text file arrives in, each as bytes made here, with the text and charset
 * {@link TextDecoding} must settle on. The detector is Tika's, as {@link TextExtractor} passes it,
 * unless a row says there is no guess; each row also states whether the detector had to be asked.
 */
class TextDecodingTest {

    private static final EncodingDetector TIKA = new DefaultEncodingDetector();

    /** A notice long enough (over 100 bytes) for a statistical detector to judge. */
    private static final String NOTICE = "为深入贯彻落实中央巡视反馈意见，切实做好巡视整改工作，"
            + "现将《党建工作督查实施办法（试行）》印发给你们，请结合实际认真贯彻执行。";
    private static final String TRADITIONAL = "中央巡視組反饋意見的整改落實情況，各單位應當及時辦理問題線索並按要求回饋巡視辦。";
    /** 䶮 (CJK extension A) and 𠮷 (extension B) are in GB18030 but not in GBK. */
    private static final String OUTSIDE_GBK = "关于刘䶮同志和𠮷田同志参加巡视整改工作的通知。" + NOTICE;
    private static final String SHORT = "巡视整改";
    private static final String SHORT_OUTSIDE_GBK = "刘䶮同志";
    /** Not UTF-8 and not GB18030 either: the detector's guess stands. */
    private static final String LATIN = "Le comité a approuvé le règlement, déjà révisé.";
    private static final String MOSTLY_ASCII = "Report 2021-10-08, version 3.2, prepared for review. Status: 已办结 (done).\n";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("UTF-8", bytes(NOTICE, "UTF-8"), true, NOTICE, "UTF-8", false),
                Arguments.of("UTF-8 with BOM", withBom(UTF8_BOM, NOTICE, "UTF-8"), true, NOTICE, "UTF-8", false),
                Arguments.of("ASCII", bytes("Status: done\n", "US-ASCII"), true, "Status: done\n", "UTF-8", false),
                Arguments.of("GBK", bytes(NOTICE, "GBK"), true, NOTICE, "GB18030", true),
                Arguments.of("GB18030 outside GBK", bytes(OUTSIDE_GBK, "GB18030"), true, OUTSIDE_GBK, "GB18030", true),
                Arguments.of("Big5", bytes(TRADITIONAL.repeat(3), "Big5"), true, TRADITIONAL.repeat(3), "Big5", true),
                Arguments.of("UTF-16LE with BOM", withBom(UTF16LE_BOM, NOTICE, "UTF-16LE"), true, NOTICE, "UTF-16LE", false),
                Arguments.of("UTF-16BE with BOM", withBom(UTF16BE_BOM, NOTICE, "UTF-16BE"), true, NOTICE, "UTF-16BE", false),
                Arguments.of("short GBK text", bytes(SHORT, "GBK"), true, SHORT, "GB18030", true),
                Arguments.of("short GB18030 text outside GBK", bytes(SHORT_OUTSIDE_GBK, "GB18030"), true,
                        SHORT_OUTSIDE_GBK, "GB18030", true),
                Arguments.of("mostly ASCII in GBK", bytes(MOSTLY_ASCII, "GBK"), true, MOSTLY_ASCII, "GB18030", true),
                Arguments.of("GBK with no guess", bytes(NOTICE, "GBK"), false, NOTICE, "GB18030", true),
                Arguments.of("Latin-1 keeps the detector's guess", bytes(LATIN, "ISO-8859-1"), true, LATIN, "ISO-8859-1", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decodesToTheTextAndCharsetOfTheFile(String name, byte[] bytes, boolean tikaGuesses, String text,
                                             String charset, boolean detectorAsked) {
        AtomicInteger asked = new AtomicInteger();
        Supplier<Charset> detector = () -> {
            asked.incrementAndGet();
            return tikaGuesses ? detect(bytes) : null;
        };

        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, detector);

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.charset().name()).isEqualTo(charset);
        assertThat(asked.get() > 0).as("detector asked").isEqualTo(detectorAsked);
    }

    static Stream<Arguments> utf8() {
        return Stream.of(
                Arguments.of("UTF-8", bytes(NOTICE, "UTF-8"), NOTICE),
                Arguments.of("UTF-8 with BOM", withBom(UTF8_BOM, NOTICE, "UTF-8"), NOTICE),
                Arguments.of("empty file", new byte[0], ""),
                Arguments.of("UTF-16LE with BOM", withBom(UTF16LE_BOM, NOTICE, "UTF-16LE"), null),
                Arguments.of("GBK", bytes(NOTICE, "GBK"), null),
                Arguments.of("short GBK text", bytes(SHORT, "GBK"), null),
                Arguments.of("UTF-8 cut inside a character", cut(bytes(NOTICE, "UTF-8"), 1), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void utf8(String name, byte[] bytes, String text) {
        assertThat(TextDecoding.utf8(bytes).orElse(null)).isEqualTo(text);
    }

    private static Charset detect(byte[] bytes) {
        try (ByteArrayInputStream in = new ByteArrayInputStream(bytes)) {
            return TIKA.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] withBom(byte[] bom, String text, String charset) {
        byte[] body = bytes(text, charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    /** {@code bytes} without their last {@code n}. */
    private static byte[] cut(byte[] bytes, int n) {
        return Arrays.copyOf(bytes, bytes.length - n);
    }
}
