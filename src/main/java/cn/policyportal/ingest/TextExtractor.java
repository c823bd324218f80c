package cn.policyportal.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.xml.sax.SAXException;

import cn.policyportal.pages.OcrException;
import cn.policyportal.pages.OcrReader;
import cn.policyportal.pages.OcrSummary;

/**
 * Extracts the raw text of one file, whatever its format.
 *
 * <p>Plain text is decoded by {@link TextDecoding} rather than by Tika's text parser, so that short or
 * mostly-ASCII GB18030 files are not misread as Latin-1, and Markdown is then read by {@link MarkdownText}.
 * A PDF is read by {@link PdfText}, which keeps each line's glyphs in order, or by {@link OcrReader} when it
 * has no usable text, as are images and the scanned pages of a PDF that has a text layer; an OFD, which Tika knows only as a ZIP, by {@link OfdText}. Every
 * other format goes through Tika's {@link AutoDetectParser}. Instances are thread-safe.
 */
public final class TextExtractor {

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

    /**
     * The text of a file, what Tika recognised it as, its tables (each a list of rows of cells), what
     * the file's own metadata declares, how OCR read it ({@code null} when it did not) and its pages
     * ({@code null} for a format without pages).
     */
    public record Extraction(String text, String mediaType, List<List<List<String>>> tables, Declared declared,
            OcrSummary ocr, Pages pages) {
        public Extraction {
            tables = List.copyOf(tables);
        }

        Extraction(String text, String mediaType, List<List<List<String>>> tables) {
            this(text, mediaType, tables, Declared.NONE, null, null);
        }
    }

    /** How many pages a file has, and on how many of them no text was found. */
    public record Pages(int count, int withoutText) {
    }

    /**
     * What a file's own metadata (an OFD's DocInfo) says, for the fields its text does not state;
     * {@code null} where it says nothing.
     */
    public record Declared(String title, LocalDate date) {
        static final Declared NONE = new Declared(null, null);
    }

    private static final Set<String> ACCEPTED = Set.of(
            "text/plain", "text/markdown", "text/html", "application/xhtml+xml",
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/rtf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel",
            "image/png", "image/jpeg", "image/tiff");

    /** OFD's registered media type; Tika knows OFD only as a ZIP. */
    private static final String OFD = "application/ofd";

    /** What Tika calls a Word or Excel file saved with a password to open it. */
    private static final String PROTECTED_OFFICE_FILE = "application/x-tika-ooxml-protected";

    /**
     * Extraction writes at most this many characters: the longest of 3,130 real laws holds about 100,000,
     * so more means a bomb-like file, refused before it fills the heap.
     */
    private static final int MAX_CHARS = 10_000_000;

    /**
     * Tika's parsers, made on the first file: building them loads hundreds of classes (a third of a
     * second), which a server that only searches should not wait for at start-up.
     */
    private static final class Tika {
        static final AutoDetectParser PARSER = new AutoDetectParser();
        static final EncodingDetector ENCODINGS = new DefaultEncodingDetector();
    }

    private final OcrReader ocr;

    /** An extractor that reads scans with Tesseract, if installed, up to {@link OcrReader#DEFAULT_MAX_PAGES} pages. */
    public TextExtractor() {
        this(OcrReader.DEFAULT_MAX_PAGES);
    }

    /** An extractor that reads scans of at most {@code maxOcrPages} pages with Tesseract, if installed. */
    public TextExtractor(int maxOcrPages) {
        this(OcrReader.standard(maxOcrPages));
    }

    /** An extractor that reads scans with {@code ocr}. */
    TextExtractor(OcrReader ocr) {
        this.ocr = ocr;
    }

    /**
     * Returns the text of {@code bytes}, a file called {@code fileName}.
     *
     * @throws IngestException when the file is empty, of a type we do not index, encrypted,
     *                         corrupt, or holds no text
     */
    public Extraction extract(String fileName, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(IngestException.Reason.EMPTY, null);
        }
        if (hasExtension(fileName, ".ofd")) {
            return ofd(bytes);
        }
        Optional<String> plain = utf8Text(fileName, bytes);
        if (plain.isPresent()) {
            return checked(plain.get(), "text/plain", List.of());
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type = detect(bytes, metadata);
        String baseType = type.getBaseType().toString();
        if (baseType.equals(PROTECTED_OFFICE_FILE)) {
            throw new IngestException(IngestException.Reason.ENCRYPTED, null);
        }
        if (hasExtension(fileName, ".wps") && !baseType.equals("application/msword")) {
            throw new IngestException(IngestException.Reason.UNSUPPORTED,
                    "这个.wps文件不是WPS文字的Word 97-2003格式（OLE2复合文档），请在WPS中另存为.doc或.docx");
        }
        if (!ACCEPTED.contains(baseType)) {
            throw new IngestException(IngestException.Reason.UNSUPPORTED, baseType);
        }
        return switch (baseType) {
            case "text/plain" -> checked(decodePlainText(bytes, metadata), baseType, List.of());
            case "text/markdown" -> {
                MarkdownText.Result markdown = MarkdownText.of(decodePlainText(bytes, metadata));
                yield checked(markdown.text(), baseType, markdown.tables());
            }
            case "application/pdf" -> pdf(bytes);
            case "image/png", "image/jpeg", "image/tiff" -> image(bytes, baseType);
            default -> {
                TableCollector tables = new TableCollector();
                String text = parse(bytes, metadata, tables);
                yield checked(text, baseType, tables.tables());
            }
        };
    }

    private static boolean hasExtension(String fileName, String extension) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(extension);
    }

    /**
     * An OFD's text and DocInfo. A file whose every page lacks text objects is a scan (or drawn as
     * paths): it is refused, naming that, rather than indexed empty.
     */
    private static Extraction ofd(byte[] bytes) throws IngestException {
        OfdText.Result ofd = OfdText.of(bytes, MAX_CHARS);
        if (ofd.text().isBlank()) {
            throw new IngestException(IngestException.Reason.NO_TEXT,
                    "OFD的" + ofd.pages() + "页都没有文字对象，可能是扫描件或把文字画成了图形");
        }
        Extraction checked = checked(ofd.text(), OFD, List.of());
        return new Extraction(checked.text(), OFD, List.of(), new Declared(ofd.title(), ofd.date()), null,
                new Pages(ofd.pages(), ofd.pagesWithoutText()));
    }

    /**
     * A PDF's text layer, or, when it has none or its fonts map to no characters, its pages read by OCR;
     * a PDF with a text layer whose other pages are scans has those pages read by OCR too.
     */
    private Extraction pdf(byte[] bytes) throws IngestException {
        PdfText.Result layer = pdfText(bytes);
        String text = layer.text();
        // A PDF whose fonts map glyphs to no characters (no ToUnicode table) yields control codes:
        // the file is a fine PDF, its text just cannot be read without OCR.
        boolean garbled = looksBinary(text);
        if (!garbled && !text.isBlank()) {
            return layer.textless().isEmpty() || !ocr.available() ? new Extraction(text, "application/pdf",
                    layer.tables(), Declared.NONE, null, new Pages(layer.pages(), layer.pagesWithoutText()))
                    : withScannedPages(bytes, layer);
        }
        String why = garbled ? "PDF字体没有文字编码，提取出的是乱码" : "没有文字层，可能是扫描件";
        if (!ocr.available()) {
            throw new IngestException(IngestException.Reason.NO_TEXT, OcrReader.notInstalled(why));
        }
        try {
            return scanned(ocr.pdf(bytes), "application/pdf");
        } catch (OcrException e) {
            throw unread(e);
        }
    }

    /**
     * A text PDF with scanned pages in it (a signed page, an annex scanned into a Word print): each
     * scan's text stands in its page's place, between the text layer's pages. When OCR fails, the
     * text layer is kept, and the pages stay counted as without text in the quality report.
     */
    private Extraction withScannedPages(byte[] bytes, PdfText.Result layer) {
        OcrReader.ScannedPages read;
        try {
            read = ocr.pdfPages(bytes, layer.textless());
        } catch (OcrException e) {
            LOG.warning("PDF中扫描页的文字识别失败，只保留文字层：" + e.getMessage());
            read = new OcrReader.ScannedPages(Map.of(), new OcrSummary(0, 0));
        }
        StringBuilder text = new StringBuilder();
        for (int number = 1; number <= layer.pages(); number++) {
            String scan = read.texts().get(number);
            if (scan != null) {
                scan.lines().forEach(p -> text.append('\n').append(TextCleaner.PARAGRAPH_MARK).append(p));
                text.append('\n');
            } else {
                String page = layer.pageTexts().get(number - 1);
                text.append(read.texts().containsKey(number - 1) ? withoutLeadingJoin(page) : page);
            }
        }
        OcrSummary summary = read.texts().isEmpty() ? null : read.summary();
        return new Extraction(text.toString(), "application/pdf", layer.tables(), Declared.NONE, summary,
                new Pages(layer.pages(), layer.pagesWithoutText() - read.texts().size()));
    }

    /**
     * {@code page} without the mark that joins its first line to the line before: the layout judged
     * that line against the last text page, and a scanned page now stands between them.
     */
    private static String withoutLeadingJoin(String page) {
        int first = 0;
        while (first < page.length() && Character.isWhitespace(page.charAt(first))
                && page.charAt(first) != TextCleaner.LINE_MARK) {
            first++;
        }
        return first < page.length() && page.charAt(first) == TextCleaner.LINE_MARK
                ? page.substring(0, first) + page.substring(first + 1) : page;
    }

    /** A PNG, JPEG or TIFF: a scan or photo of a document, read by OCR. */
    private Extraction image(byte[] bytes, String baseType) throws IngestException {
        if (!ocr.available()) {
            throw new IngestException(IngestException.Reason.NO_TEXT, OcrReader.notInstalled("图片中的文字"));
        }
        try {
            return scanned(ocr.images(bytes), baseType);
        } catch (OcrException e) {
            throw unread(e);
        }
    }

    private static Extraction scanned(OcrReader.Result read, String mediaType) {
        return new Extraction(read.text(), mediaType, List.of(), Declared.NONE, read.summary(),
                new Pages(read.summary().pages(), 0));
    }

    private static IngestException unread(OcrException e) {
        IngestException.Reason reason = switch (e.kind()) {
            case TOO_LARGE -> IngestException.Reason.TOO_LARGE;
            case CORRUPT -> IngestException.Reason.CORRUPT;
            case NO_TEXT -> IngestException.Reason.NO_TEXT;
            case FAILED -> IngestException.Reason.UNREADABLE;
        };
        return new IngestException(reason, e.getMessage(), e);
    }

    /** The extraction, unless its text is binary or blank. */
    private static Extraction checked(String text, String baseType, List<List<List<String>>> tables)
            throws IngestException {
        if (looksBinary(text)) {
            throw new IngestException(IngestException.Reason.BINARY, null);
        }
        if (text.isBlank()) {
            throw new IngestException(IngestException.Reason.NO_TEXT, null);
        }
        return new Extraction(text, baseType, tables);
    }

    /**
     * The text of a {@code .txt} file whose bytes are UTF-8: it is plain text whatever Tika's magic
     * would say, and skipping Tika's type detection, which scans the first 64 KB of every file
     * against hundreds of patterns, saves 6% of indexing time over the bench laws. Markup (a leading
     * {@code <}) and control bytes still go the long way.
     */
    private static Optional<String> utf8Text(String fileName, byte[] bytes) {
        if (!hasExtension(fileName, ".txt")
                || (!TextDecoding.hasByteOrderMark(bytes) && hasControlBytes(bytes))) {
            return Optional.empty();
        }
        return TextDecoding.utf8(bytes).filter(text -> !startsWithMarkup(text));
    }

    private static boolean startsWithMarkup(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '<';
    }

    private MediaType detect(byte[] bytes, Metadata metadata) throws IngestException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return Tika.PARSER.getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    private String decodePlainText(byte[] bytes, Metadata metadata) throws IngestException {
        if (!TextDecoding.hasByteOrderMark(bytes) && hasControlBytes(bytes)) {
            throw new IngestException(IngestException.Reason.BINARY, null);
        }
        return TextDecoding.decode(bytes, () -> detectEncoding(bytes, metadata)).text();
    }

    /** Tika's statistical guess of the charset, or {@code null} when it has none. */
    private static Charset detectEncoding(byte[] bytes, Metadata metadata) {
        try (ByteArrayInputStream in = new ByteArrayInputStream(bytes)) {
            return Tika.ENCODINGS.detect(in, metadata);
        } catch (IOException e) {
            return null;
        }
    }

    private String parse(byte[] bytes, Metadata metadata, TableCollector tables) throws IngestException {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            ParseContext context = new ParseContext();
            context.set(HtmlMapper.class, TableHtmlMapper.INSTANCE);
            Tika.PARSER.parse(in, new TeeContentHandler(handler, tables), metadata, context);
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new IngestException(IngestException.Reason.ENCRYPTED, null, e);
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw tooMuchText(e);
            }
            throw new IngestException(IngestException.Reason.CORRUPT, rootMessage(e), e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static PdfText.Result pdfText(byte[] bytes) throws IngestException {
        try {
            return PdfText.of(bytes, MAX_CHARS);
        } catch (PdfText.TooLong e) {
            throw tooMuchText(e);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private static IngestException tooMuchText(Exception e) {
        return new IngestException(IngestException.Reason.TOO_LARGE, "提取的文字超过" + MAX_CHARS + "字", e);
    }

    /** Why a parser could not read a file: it is encrypted, a compression bomb, or else corrupt. */
    private static IngestException unreadable(Exception e) {
        if (isEncryption(e)) {
            return new IngestException(IngestException.Reason.ENCRYPTED, null, e);
        }
        if (isZipBomb(e)) {
            return new IngestException(IngestException.Reason.TOO_LARGE, ZipGuard.BOMB, e);
        }
        return new IngestException(IngestException.Reason.CORRUPT, rootMessage(e), e);
    }

    /** Tika's compression-ratio guard says so only in its message; it has no exception type of its own. */
    private static boolean isZipBomb(Throwable e) {
        return anyCause(e, t -> t.getMessage() != null && t.getMessage().contains("Suspected zip bomb"));
    }

    private static boolean isEncryption(Throwable e) {
        return anyCause(e, t -> t instanceof EncryptedDocumentException
                || t.getClass().getSimpleName().contains("Encrypted")
                || t.getClass().getSimpleName().contains("InvalidPassword"));
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    /**
     * Bytes with control codes are no text in any charset we read without a byte-order mark:
     * UTF-8, GB18030 and Big5 encode only tab, line breaks and form feed below 0x20.
     */
    static boolean hasControlBytes(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int bad = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                bad++;
            }
        }
        return bad * 100 > sample;
    }

    /** Text with many control characters came from bytes that were never text. */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 4096);
        int bad = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return sample > 0 && bad * 20 > sample;
    }
}
