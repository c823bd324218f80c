package cn.policyportal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Makes real PDF and DOCX files with Chinese text, with the same libraries real tools use
 * (PDFBox with an embedded TrueType CJK font, Apache POI).
 */
public final class FixtureFiles {

    /** A TrueType CJK font; bin/setup-test-env installs it (Debian package fonts-wqy-zenhei). */
    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private FixtureFiles() {
    }

    /**
     * Writes a one-page PDF with {@code lines}, one text line each.
     *
     * @param letterSpaced draw each character separately with a gap, as many PDF producers do,
     *                     so that extraction yields spaces between Chinese characters
     * @param password     user password to encrypt with, or {@code null}
     */
    public static Path pdf(Path file, List<String> lines, boolean letterSpaced, String password) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT.toFile())) {
            PDType0Font font = PDType0Font.load(doc, firstFont(fonts), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String line : lines) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(60, y);
                    if (letterSpaced) {
                        for (int i = 0; i < line.length(); i++) {
                            content.showText(String.valueOf(line.charAt(i)));
                            content.newLineAtOffset(20, 0);
                        }
                    } else {
                        content.showText(line);
                    }
                    content.endText();
                    y -= 20;
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Writes a DOCX with {@code paragraphs} and, if {@code table} is not empty, a table of those rows. */
    public static Path docx(Path file, List<String> paragraphs, List<List<String>> table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            if (!table.isEmpty()) {
                XWPFTable t = doc.createTable(table.size(), table.get(0).size());
                for (int r = 0; r < table.size(); r++) {
                    for (int c = 0; c < table.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(table.get(r).get(c));
                    }
                }
            }
            doc.write(out);
        }
        return file;
    }

    private static TrueTypeFont firstFont(TrueTypeCollection fonts) throws IOException {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        fonts.processAllFonts(font -> first.compareAndSet(null, font));
        if (first.get() == null) {
            throw new IOException("no font in " + CJK_FONT);
        }
        return first.get();
    }
}
