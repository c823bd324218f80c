package cn.policyportal.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import cn.policyportal.pages.OcrReader;
import cn.policyportal.pages.OcrSummary;
import cn.policyportal.text.TextQuality;

/**
 * Reads one corpus file into an {@link IngestedDocument}: size check, extraction (OCR for scans),
 * cleaning and metadata. Thread-safe; the indexer calls it from several threads at once.
 */
public final class DocumentReader {

    private final TextExtractor extractor;
    private final long maxFileBytes;

    /** @param maxFileBytes files larger than this are refused before they are read */
    public DocumentReader(long maxFileBytes) {
        this(maxFileBytes, OcrReader.DEFAULT_MAX_PAGES);
    }

    /**
     * @param maxFileBytes files larger than this are refused before they are read
     * @param maxOcrPages  scans with more pages than this are refused before OCR reads any
     */
    public DocumentReader(long maxFileBytes, int maxOcrPages) {
        this.maxFileBytes = maxFileBytes;
        this.extractor = new TextExtractor(maxOcrPages);
    }

    /**
     * Reads {@code file}, which lies inside {@code corpusRoot}.
     *
     * @throws IngestException when the file cannot become a document; the message says why
     */
    public IngestedDocument read(Path corpusRoot, Path file) throws IngestException {
        String relative = relativePath(corpusRoot, file);
        byte[] bytes = readBytes(file);
        return fromBytes(relative, bytes);
    }

    /** Builds the document for {@code bytes}, a file at {@code relativePath} in the corpus. */
    public IngestedDocument fromBytes(String relativePath, byte[] bytes) throws IngestException {
        return fromBytes(relativePath, bytes, DocumentIds.sha256(bytes));
    }

    /** As {@link #fromBytes(String, byte[])}, for a caller that has already hashed the bytes. */
    public IngestedDocument fromBytes(String relativePath, byte[] bytes, String contentHash) throws IngestException {
        return fromExtraction(relativePath, extract(relativePath, bytes), contentHash);
    }

    /** The text and tables of {@code bytes}, a file at {@code relativePath}, as extracted before cleaning. */
    public TextExtractor.Extraction extract(String relativePath, byte[] bytes) throws IngestException {
        return extractor.extract(fileName(relativePath), bytes);
    }

    /**
     * Builds the document of a file at {@code relativePath} from its {@code extraction}, for a caller
     * that also reads the text as extracted.
     */
    public IngestedDocument fromExtraction(String relativePath, TextExtractor.Extraction extraction,
            String contentHash) throws IngestException {
        String fileName = fileName(relativePath);
        TextCleaner.CleanText clean = TextCleaner.clean(extraction.text());
        List<String> paragraphs = clean.paragraphs();
        if (paragraphs.isEmpty()) {
            throw new IngestException(IngestException.Reason.NO_TEXT, null);
        }
        TextExtractor.Declared declared = extraction.declared();
        DocumentMetadata metadata = MetadataExtractor.extract(paragraphs,
                declared.title() == null ? stem(fileName) : declared.title(), declared.date());
        return new IngestedDocument(DocumentIds.forPath(relativePath), relativePath, contentHash,
                extraction.mediaType(), metadata, paragraphs, clean.pageJoinStarts(), extraction.tables(),
                extraction.ocr(), quality(extraction, clean));
    }

    private static TextQuality quality(TextExtractor.Extraction extraction, TextCleaner.CleanText clean) {
        TextExtractor.Pages pages = extraction.pages();
        OcrSummary ocr = extraction.ocr();
        return TextQuality.of(extraction.text(), clean.mendedLines(), clean.joinedLines(),
                pages == null ? null : pages.count(), pages == null ? 0 : pages.withoutText(),
                ocr == null ? 0 : ocr.pages(), ocr == null ? null : ocr.meanConfidence());
    }

    /** Reads a file's bytes, refusing files over the size limit before reading them. */
    public byte[] readBytes(Path file) throws IngestException {
        if (Files.isDirectory(file)) {
            throw new IngestException(IngestException.Reason.UNREADABLE, "这是指向文件夹的链接，不会跟随");
        }
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new IngestException(IngestException.Reason.TOO_LARGE,
                        String.format("%.1f MB，上限 %.1f MB", size / 1e6, maxFileBytes / 1e6));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.UNREADABLE, whyUnreadable(e), e);
        }
    }

    private static String whyUnreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        if (e instanceof NoSuchFileException) {
            return "文件不存在，或链接指向的文件不存在";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("symbolic links")) {
            return "符号链接形成循环";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The path of {@code file} relative to {@code corpusRoot}, with {@code /} separators. */
    public static String relativePath(Path corpusRoot, Path file) {
        return corpusRoot.relativize(file).toString().replace('\\', '/');
    }

    private static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
