package cn.policyportal.pages;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads scans with {@link Tesseract}: the pages of a PDF that has no usable text, and image files
 * (PNG, JPEG, a TIFF of one or many pages).
 *
 * <p>Pages go to one pool shared by every file, one Tesseract process per core; a file's pages are
 * drawn one at a time and wait for a free process, so a long scan holds only a few page images in
 * memory and cannot crowd out the other files being indexed. A file with more pages than the page cap
 * is refused before any is read: a 500-page scan would keep two cores busy for ten minutes or more.
 */
public final class OcrReader {

    /** The default page cap, {@code PORTAL_MAX_OCR_PAGES}. */
    public static final int DEFAULT_MAX_PAGES = 300;
    /** A page that is not one scan is drawn at 300 dpi, the resolution Tesseract is tuned for. */
    private static final int RENDER_DPI = 300;
    /** A4's width in inches: an image's resolution is guessed as that of a page it fills. */
    private static final double A4_WIDTH_INCHES = 210 / 25.4;
    /**
     * A chi_sim page takes 1.5–4 s on these machines, up to 10 s while other builds load them; a page
     * that takes two minutes is stuck.
     */
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);
    /**
     * An image larger than this (an A4 page at 600 dpi is 35 million) is refused before it is decoded,
     * and no page is drawn larger.
     */
    private static final long MAX_PIXELS = 60_000_000L;
    /**
     * Below this many characters, or this mean confidence, OCR found no text: a photo, a drawing or
     * noise, whatever words Tesseract made of it.
     */
    private static final int MIN_CHARACTERS = 10;
    private static final double MIN_CONFIDENCE = 40;

    private static final int PROCESSES = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(PROCESSES, task -> {
        Thread thread = new Thread(task, "ocr");
        thread.setDaemon(true);
        return thread;
    });
    /** Page images drawn and not yet read, over all files: each waits for a process. */
    private static final Semaphore PAGES_IN_FLIGHT = new Semaphore(PROCESSES * 2);

    /** The text of a scan and how OCR read it. */
    public record Result(String text, OcrSummary summary) {
    }

    /** The text of each scanned page read, by page number (from 1), and how OCR read them. */
    public record ScannedPages(Map<Integer, String> texts, OcrSummary summary) {
        public ScannedPages {
            texts = Map.copyOf(texts);
        }
    }

    private final Tesseract tesseract;
    private final int maxPages;

    private OcrReader(Tesseract tesseract, int maxPages) {
        this.tesseract = tesseract;
        this.maxPages = maxPages;
    }

    /** The reader with Tesseract found on the path. */
    public static OcrReader standard(int maxPages) {
        return using("tesseract", maxPages);
    }

    /** The reader that runs {@code program} as Tesseract (a machine without it: any missing path). */
    public static OcrReader using(String program, int maxPages) {
        return new OcrReader(new Tesseract(program, PAGE_TIMEOUT), maxPages);
    }

    /** Whether OCR can run on this machine. */
    public boolean available() {
        return tesseract.available();
    }

    /** What to tell someone whose scan could not be read because OCR is not installed. */
    public static String notInstalled(String what) {
        return what + "，需要OCR；本机没有安装Tesseract中文识别，安装后重新索引即可：" + Tesseract.INSTALL;
    }

    /** Reads every page of the PDF in {@code bytes}. */
    public Result pdf(byte[] bytes) throws OcrException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            checkPageCount(pages);
            PDFRenderer renderer = new PDFRenderer(doc);
            List<Future<Tesseract.Page>> read = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                int page = i;
                PDImageXObject scan = scan(doc.getPage(i));
                int dpi = scan != null ? dpi(scan, doc.getPage(i)) : renderDpi(doc.getPage(i));
                read.add(scan != null ? submit(() -> pixels(scan), page + 1, dpi)
                        : submit(() -> renderer.renderImageWithDPI(page, dpi, ImageType.RGB), page + 1, dpi));
            }
            return result(read, "扫描页");
        } catch (IOException e) {
            throw new OcrException(OcrException.Kind.CORRUPT, "PDF页面无法绘制成图像：" + e.getMessage(), e);
        }
    }

    /**
     * Reads the scanned pages among {@code pageNumbers} (from 1) of the PDF in {@code bytes}, a PDF
     * whose other pages have a text layer: a page that holds one image and nothing else. A page
     * without even that (left blank, or a drawing) is not read; nor is a page in which OCR finds no
     * text with the confidence a scan's text has, which is left out rather than failing the file.
     *
     * @throws OcrException when there are more such pages than the page cap (none is read), or a
     *                      page cannot be drawn
     */
    public ScannedPages pdfPages(byte[] bytes, List<Integer> pageNumbers) throws OcrException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Map<Integer, PDImageXObject> scans = new TreeMap<>();
            for (int number : pageNumbers) {
                PDImageXObject scan = number >= 1 && number <= doc.getNumberOfPages()
                        ? scan(doc.getPage(number - 1)) : null;
                if (scan != null) {
                    scans.put(number, scan);
                }
            }
            if (scans.size() > maxPages) {
                throw new OcrException(OcrException.Kind.TOO_LARGE, "PDF中有" + scans.size() + "个扫描页，超过OCR页数上限"
                        + maxPages + "（PORTAL_MAX_OCR_PAGES），未识别");
            }
            Map<Integer, Future<Tesseract.Page>> read = new TreeMap<>();
            for (var entry : scans.entrySet()) {
                PDImageXObject scan = entry.getValue();
                int number = entry.getKey();
                read.put(number, submit(() -> pixels(scan), number, dpi(scan, doc.getPage(number - 1))));
            }
            Map<Integer, String> texts = new TreeMap<>();
            List<Double> confidences = new ArrayList<>();
            for (var entry : read.entrySet()) {
                Tesseract.Page page = await(entry.getValue());
                double confidence = page.confidences().stream().mapToDouble(Double::doubleValue).average().orElse(0);
                String text = PlacedLines.paragraphs(page.lines());
                if (confidence >= MIN_CONFIDENCE && text.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_CHARACTERS) {
                    texts.put(entry.getKey(), text);
                    confidences.addAll(page.confidences());
                }
            }
            double confidence = confidences.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            return new ScannedPages(texts, new OcrSummary(texts.size(), Math.round(confidence * 10) / 10.0));
        } catch (IOException e) {
            throw new OcrException(OcrException.Kind.CORRUPT, "PDF页面无法绘制成图像：" + e.getMessage(), e);
        }
    }

    /** Reads the image (or every image of a multi-page TIFF) in {@code bytes}. */
    public Result images(byte[] bytes) throws OcrException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new OcrException(OcrException.Kind.CORRUPT, "图片格式无法解码");
            }
            ImageReader reader = readers.next();
            List<Future<Tesseract.Page>> read = new ArrayList<>();
            try {
                reader.setInput(in);
                int pages = reader.getNumImages(true);
                checkPageCount(pages);
                for (int i = 0; i < pages; i++) {
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    if (pixels > MAX_PIXELS) {
                        throw new OcrException(OcrException.Kind.TOO_LARGE,
                                String.format("图片有%.0f百万像素，上限%d百万", pixels / 1e6, MAX_PIXELS / 1_000_000));
                    }
                    int page = i;
                    int dpi = (int) Math.max(70, Math.min(600, Math.round(reader.getWidth(i) / A4_WIDTH_INCHES)));
                    read.add(submit(() -> reader.read(page), page + 1, dpi));
                }
                return result(read, "图片");
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new OcrException(OcrException.Kind.CORRUPT, "图片无法解码", e);
        }
    }

    /**
     * The scan a page holds, when it holds one image (of at most {@link #MAX_PIXELS}) and nothing else
     * and is not turned: its pixels go to Tesseract as the scanner made them (drawing a 200 dpi scan
     * again at any resolution resamples and blurs it, which costs Tesseract look-alike characters);
     * {@code null} for any other page, which is drawn in colour (PDFBox's grey is lighter than the
     * page) and greyed by {@link Tesseract}.
     */
    private static PDImageXObject scan(PDPage page) {
        if (page.getRotation() != 0) {
            return null;
        }
        try {
            PDResources resources = page.getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources == null ? List.<COSName>of() : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                } else {
                    return null;
                }
            }
            boolean one = images.size() == 1 && (long) images.get(0).getWidth() * images.get(0).getHeight() <= MAX_PIXELS;
            return one ? images.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The scan's own pixels where PDFBox can give them (a grey or black-and-white scan): converted to
     * RGB and back, a grey scan comes out lighter, and Tesseract then drops characters at the margin.
     */
    private static BufferedImage pixels(PDImageXObject scan) throws IOException {
        BufferedImage raw = scan.getRawImage();
        return raw != null ? raw : scan.getImage();
    }

    /** 300 dpi, or less for a page so large that it would be drawn in more than {@link #MAX_PIXELS}. */
    private static int renderDpi(PDPage page) {
        double squareInches = page.getMediaBox().getWidth() / 72.0 * page.getMediaBox().getHeight() / 72.0;
        return (int) Math.max(1, Math.min(RENDER_DPI, Math.sqrt(MAX_PIXELS / Math.max(squareInches, 1e-6))));
    }

    /** The resolution of {@code scan} drawn across {@code page}'s width. */
    private static int dpi(PDImageXObject scan, PDPage page) {
        double dpi = scan.getWidth() / (page.getMediaBox().getWidth() / 72.0);
        return (int) Math.max(70, Math.min(1200, Math.round(dpi)));
    }

    private void checkPageCount(int pages) throws OcrException {
        if (pages > maxPages) {
            throw new OcrException(OcrException.Kind.TOO_LARGE, "扫描件共" + pages + "页，超过OCR页数上限"
                    + maxPages + "页（PORTAL_MAX_OCR_PAGES）");
        }
    }

    /** Something that draws one page; drawing happens on the caller's thread, where the file is open. */
    private interface Drawing {
        BufferedImage draw() throws IOException;
    }

    /**
     * Draws a page once a slot is free and hands it to the pool; the slot is freed when it has been
     * read. A page is never cancelled, which would keep its slot: after a failure the pages already
     * handed over are still read, at most two per process.
     */
    private Future<Tesseract.Page> submit(Drawing drawing, int pageNumber, int dpi) throws OcrException, IOException {
        try {
            PAGES_IN_FLIGHT.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException(OcrException.Kind.FAILED, "OCR被中断");
        }
        try {
            BufferedImage image = drawing.draw();
            return POOL.submit(() -> {
                try {
                    return tesseract.read(image, pageNumber, dpi);
                } finally {
                    PAGES_IN_FLIGHT.release();
                }
            });
        } catch (IOException | RuntimeException e) {
            PAGES_IN_FLIGHT.release();
            throw e;
        }
    }

    /** The text of the pages read, or why there is none. */
    private static Result result(List<Future<Tesseract.Page>> read, String what) throws OcrException {
        List<PlacedLines.Line> lines = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        for (Future<Tesseract.Page> future : read) {
            Tesseract.Page page = await(future);
            lines.addAll(page.lines());
            confidences.addAll(page.confidences());
        }
        String text = PlacedLines.paragraphs(lines);
        double confidence = confidences.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        long characters = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (characters < MIN_CHARACTERS || confidence < MIN_CONFIDENCE) {
            throw new OcrException(OcrException.Kind.NO_TEXT, String.format(
                    "OCR在%s中没有识别出文字（识别出%d个字，平均置信度%.0f%%），不像是文件的扫描件或照片", what, characters, confidence));
        }
        return new Result(text, new OcrSummary(read.size(), Math.round(confidence * 10) / 10.0));
    }

    private static Tesseract.Page await(Future<Tesseract.Page> future) throws OcrException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException(OcrException.Kind.FAILED, "OCR被中断");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Tesseract.Failed failed) {
                throw new OcrException(OcrException.Kind.FAILED, failed.getMessage(), failed);
            }
            throw new OcrException(OcrException.Kind.FAILED, "OCR失败：" + e.getCause(), e.getCause());
        }
    }
}
