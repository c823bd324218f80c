package cn.policyportal.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.CorpusScanner;
import cn.policyportal.index.IndexProgress;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ingest.TextExtractor;

/**
 * OCR throughput and OCR's share of indexing scans: the corpus's first texts drawn as A4 pages at
 * 200 dpi (a scanner's usual resolution) and wrapped as image-only PDFs, then read by OCR alone (every
 * file at once, so every core's Tesseract process is busy), and indexed with the same cores beside the
 * same drawn text as text files: what the scans cost over the texts is OCR's part of their indexing.
 */
final class OcrStep {

    private static final int DPI = 200;
    private static final int WIDTH = (int) Math.round(210 / 25.4 * DPI);
    private static final int HEIGHT = (int) Math.round(297 / 25.4 * DPI);
    /** A 公文 page holds about 22 lines of 28 characters at 16 pt; drawn at 14 pt, a page holds a little more. */
    private static final int FONT_PIXELS = 14 * DPI / 72;
    private static final int MARGIN = DPI;
    private static final int PAGES_PER_FILE = 3;

    /**
     * What the step measured.
     *
     * @param files        scanned PDFs made
     * @param pages        pages read by OCR
     * @param ocrSeconds   wall time of reading every file by OCR alone
     * @param indexSeconds wall time of indexing the scans (OCR, cleaning, structure, Lucene)
     * @param textSeconds  wall time of indexing the same text as text files
     */
    record Result(int files, int pages, double ocrSeconds, double indexSeconds, double textSeconds) {

        double pagesPerSecond() {
            return pages / ocrSeconds;
        }

        /** OCR's share of indexing the scans: the time the scans took beyond the same texts. */
        double share() {
            return Math.max(0, indexSeconds - textSeconds) / indexSeconds;
        }
    }

    /** Pages drawn from a text, and the text they show. */
    record Drawn(List<BufferedImage> pages, String text) {
    }

    private OcrStep() {
    }

    /**
     * Makes about {@code pages} scanned pages from {@code corpus}'s texts in {@code work}, reads and
     * indexes them on {@code cores} cores.
     *
     * @throws IngestException when OCR cannot read them (Tesseract is not installed): the message says so
     */
    static Result run(Path corpus, int pages, int cores, Path work) throws Exception {
        Path scans = Files.createDirectories(work.resolve("scans"));
        Path texts = Files.createDirectories(work.resolve("texts"));
        DocumentReader reader = new DocumentReader(Long.MAX_VALUE);
        int made = 0;
        for (Path file : CorpusScanner.files(corpus)) {
            if (made >= pages) {
                break;
            }
            Drawn drawn = draw(reader.read(corpus, file).paragraphs(), Math.min(PAGES_PER_FILE, pages - made));
            imagePdf(drawn.pages(), scans.resolve("scan-" + made + ".pdf"));
            Files.writeString(texts.resolve("scan-" + made + ".txt"), drawn.text());
            made += drawn.pages().size();
        }
        List<Path> files = CorpusScanner.files(scans);

        long start = System.nanoTime();
        int read = ocrAll(reader, files, cores);
        double ocrSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        new CorpusIndexer(reader, cores).index(texts, work.resolve("index-texts"), IndexProgress.NONE);
        double textSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        new CorpusIndexer(reader, cores).index(scans, work.resolve("index-scans"), IndexProgress.NONE);
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(files.size(), read, ocrSeconds, indexSeconds, textSeconds);
    }

    /** Reads every file by OCR at once, as the indexer does; answers the pages read. */
    private static int ocrAll(DocumentReader reader, List<Path> files, int cores) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<TextExtractor.Extraction>> done = new ArrayList<>();
            for (Path file : files) {
                Callable<TextExtractor.Extraction> task = () -> reader.extract(file.getFileName().toString(),
                        Files.readAllBytes(file));
                done.add(pool.submit(task));
            }
            int pages = 0;
            for (Future<TextExtractor.Extraction> extraction : done) {
                pages += ocrPages(extraction);
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int ocrPages(Future<TextExtractor.Extraction> extraction) throws Exception {
        try {
            TextExtractor.Extraction read = extraction.get();
            return read.ocr() == null ? 0 : read.ocr().pages();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IngestException ingest) {
                throw ingest;
            }
            throw e;
        }
    }

    /** Up to {@code max} A4 pages of {@code paragraphs}, black text on white, each line wrapped at the margin. */
    static Drawn draw(List<String> paragraphs, int max) {
        List<BufferedImage> pages = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        BufferedImage page = null;
        Graphics2D g = null;
        int y = 0;
        for (String paragraph : paragraphs) {
            for (String line : wrap(paragraph, metrics())) {
                if (page == null || y > HEIGHT - MARGIN) {
                    if (pages.size() == max) {
                        return new Drawn(pages, text.toString());
                    }
                    page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
                    g = page.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, WIDTH, HEIGHT);
                    g.setColor(Color.BLACK);
                    g.setFont(font());
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    pages.add(page);
                    y = MARGIN;
                }
                g.drawString(line, MARGIN, y);
                y += FONT_PIXELS * 3 / 2;
                text.append(line).append('\n');
            }
        }
        return new Drawn(pages, text.toString());
    }

    private static Font font() {
        return new Font(Font.SERIF, Font.PLAIN, FONT_PIXELS);
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY).createGraphics();
        return g.getFontMetrics(font());
    }

    private static List<String> wrap(String paragraph, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < paragraph.length(); i++) {
            line.append(paragraph.charAt(i));
            if (metrics.stringWidth(line.toString()) > WIDTH - 2 * MARGIN) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(paragraph.charAt(i));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code pages} as an image-only PDF, each page the size the image has at {@link #DPI}: a scan. */
    private static void imagePdf(List<BufferedImage> pages, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDRectangle size = new PDRectangle(image.getWidth() * 72f / DPI, image.getHeight() * 72f / DPI);
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                PDImageXObject scan = LosslessFactory.createFromImage(pdf, image);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(scan, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            pdf.save(file.toFile());
        }
    }
}
