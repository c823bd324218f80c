package cn.policyportal.pages;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * The Tesseract OCR program, run once per page image with simplified Chinese (chi_sim).
 *
 * <p>It runs as a separate process rather than through Tika's OCR parser so that each page has a
 * time limit, the process its environment and the result its word confidences (TSV output).
 * {@code OMP_THREAD_LIMIT=1} keeps Tesseract to one thread: its OpenMP threads make it three to four
 * times slower on two cores, and the pages are run side by side instead.
 */
final class Tesseract {

    /** The one command that makes OCR work on a Debian machine, for the message when it does not. */
    static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-chi-sim";

    /** What one page gave: its lines and the confidence (0–100) of each word Tesseract read. */
    record Page(List<PlacedLines.Line> lines, List<Double> confidences) {
        Page {
            lines = List.copyOf(lines);
            confidences = List.copyOf(confidences);
        }
    }

    /** Thrown when the program cannot read a page (missing, failed, too slow); the message says why in Chinese. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    private final String command;
    private final Duration pageTimeout;
    private volatile boolean available;

    /**
     * @param command     the program, {@code tesseract} to find it on the path
     * @param pageTimeout how long one page may take before the process is killed
     */
    Tesseract(String command, Duration pageTimeout) {
        this.command = command;
        this.pageTimeout = pageTimeout;
    }

    /**
     * Whether the program runs and has chi_sim. A yes is kept; a no is asked again at the next scan,
     * so that OCR installed while the portal runs is used by the next indexing run.
     */
    boolean available() {
        if (!available) {
            available = hasChineseModel();
        }
        return available;
    }

    private boolean hasChineseModel() {
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 && out.lines().anyMatch("chi_sim"::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Reads page {@code pageNumber} (from 1), drawn in {@code image} at {@code dpi}. Tesseract needs
     * the resolution to find the lines: a guess from an image without one splits a page into columns.
     */
    Page read(BufferedImage image, int pageNumber, int dpi) throws Failed, IOException, InterruptedException {
        Path dir = Files.createTempDirectory("portal-ocr-");
        try {
            Path png = dir.resolve("page.png");
            Path tsv = dir.resolve("page.tsv");
            Path log = dir.resolve("log.txt");
            ImageIO.write(gray(image), "png", png.toFile());
            ProcessBuilder builder = new ProcessBuilder(command, png.toString(), "stdout", "-l", "chi_sim",
                    "--psm", "3", "--dpi", String.valueOf(dpi), "-c", "preserve_interword_spaces=1", "tsv")
                    .redirectOutput(tsv.toFile()).redirectError(log.toFile());
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            if (!process.waitFor(pageTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new Failed("第" + pageNumber + "页OCR超过" + pageTimeout.toSeconds() + "秒，已停止");
            }
            if (process.exitValue() != 0) {
                throw new Failed("第" + pageNumber + "页OCR失败：" + firstLine(log));
            }
            return parse(Files.readString(tsv, StandardCharsets.UTF_8), pageNumber);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The image in shades of grey, each pixel's luma from its sRGB value. Java's own conversion (drawing
     * into a grey image) treats grey as linear light and lightens every pixel; on a lightened page
     * Tesseract drops the first character of many lines at the margin.
     */
    static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY || image.getType() == BufferedImage.TYPE_BYTE_BINARY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster out = gray.getRaster();
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int luma = (299 * ((argb >> 16) & 0xFF) + 587 * ((argb >> 8) & 0xFF) + 114 * (argb & 0xFF)) / 1000;
                // A transparent pixel is the paper under it: white.
                out.setSample(x, y, 0, (luma * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return gray;
    }

    private static String firstLine(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).findFirst().orElse("无输出");
    }

    /**
     * The lines of Tesseract's TSV output, in its reading order (block, paragraph, line), each line's
     * words joined with a space only between Latin words and numbers; chi_sim reads a run of Chinese as words
     * of a few characters with no space between them.
     */
    static Page parse(String tsv, int pageNumber) {
        Map<String, List<String[]>> lines = new LinkedHashMap<>();
        List<Double> confidences = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            lines.computeIfAbsent(f[2] + "/" + f[3] + "/" + f[4], k -> new ArrayList<>()).add(f);
            double confidence = Double.parseDouble(f[10]);
            if (confidence >= 0) {
                confidences.add(confidence);
            }
        }
        List<PlacedLines.Line> placed = new ArrayList<>();
        for (List<String[]> words : lines.values()) {
            StringBuilder text = new StringBuilder();
            double left = Double.MAX_VALUE;
            double right = 0;
            double bottom = 0;
            List<Double> heights = new ArrayList<>();
            for (String[] w : words) {
                String word = w[11].strip();
                text.append(text.isEmpty() ? "" : PlacedLines.spaceBetween(text, word)).append(word);
                double x = Double.parseDouble(w[6]);
                left = Math.min(left, x);
                right = Math.max(right, x + Double.parseDouble(w[8]));
                bottom = Math.max(bottom, Double.parseDouble(w[7]) + Double.parseDouble(w[9]));
                heights.add(Double.parseDouble(w[9]));
            }
            heights.sort(null);
            placed.add(new PlacedLines.Line(pageNumber, left, right, bottom, heights.get(heights.size() / 2), text.toString()));
        }
        return new Page(placed, confidences);
    }
}
