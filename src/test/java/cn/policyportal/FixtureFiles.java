package cn.policyportal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Makes real PDF and DOCX files with Chinese text, with the same libraries real tools use
 * (PDFBox with an embedded TrueType CJK font, Apache POI).
 */
public final class FixtureFiles {

    /** A TrueType CJK font; bin/setup-test-env installs it (Debian package fonts-wqy-zenhei). */
    public static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    /**
     * Files saved by LibreOffice: Word 97-2003 files, which no Java library writes for real, and
     * PDFs laid out by a word processor; {@code make-fixtures.sh} beside them remakes them, from the
     * seeds and from the HTML pages beside them.
     */
    public static final Path LIBREOFFICE = Path.of("src/test/resources/libreoffice");
    /** {@link Seeds#SUPERVISION_RULES} (章/条) saved as a .doc. */
    public static final Path SUPERVISION_RULES_DOC = LIBREOFFICE.resolve("党建工作督查实施办法（试行）.doc");
    /** A plan's measures in a Word table (the rows of {@code OtherFormsTest.TABLE}) saved as a .doc. */
    public static final Path PLAN_TABLE_DOC = LIBREOFFICE.resolve("分工表.doc");
    /** The same 分工表 printed to PDF: a ruled table, each wrapped cell on several lines. */
    public static final Path PLAN_TABLE_PDF = LIBREOFFICE.resolve("分工表.pdf");
    /**
     * A larger 分工表 of six tasks whose task and department cells wrap over up to five lines, a
     * category row merged over all columns and a lead department merged over two tasks, as .docx;
     * beside it printed to PDF.
     */
    public static final Path WRAPPED_PLAN_TABLE_DOCX = LIBREOFFICE.resolve("分工表（多行单元格）.docx");

    /** {@link Seeds#SUPERVISION_RULES} set in three columns, as a newspaper page, and printed to PDF. */
    public static final Path SUPERVISION_RULES_THREE_COLUMNS_PDF = LIBREOFFICE.resolve("党建工作督查实施办法（试行）（三栏）.pdf");

    /** {@link Seeds#WORK_PLAN} printed over many pages under a running head, with page numbers (— 3 —). */
    public static final Path WORK_PLAN_WITH_RUNNING_HEADS_PDF = LIBREOFFICE.resolve("分工方案（页眉页码）.pdf");

    /** {@link Seeds#WORK_PLAN} with each paragraph indented two characters, as a 公文 is set, printed to PDF. */
    public static final Path WORK_PLAN_INDENTED_PDF = LIBREOFFICE.resolve("分工方案（首行缩进）.pdf");

    /**
     * A municipal 实施意见 of 44 numbered items, each wrapping over several lines and ending in its
     * department note （牵头单位：…；配合单位：…；完成时限：…）, as text; beside it saved as .docx, .doc
     * and .pdf, and set in two columns as {@code 实施意见（两栏）.pdf}.
     */
    public static final Path OPINION = LIBREOFFICE.resolve("实施意见.txt");
    /**
     * A 条例 of 322 articles that cite each other by number, as text; beside it saved as .docx and .doc
     * and printed large to a PDF of 120 pages, where many a wrapped line begins with a cited 第X条.
     */
    public static final Path LONG_CODE = LIBREOFFICE.resolve("城乡规划管理条例.txt");

    /** {@code file} saved in another format, or under another name, beside it: {@code saved(OPINION, "（两栏）.pdf")}. */
    public static Path saved(Path file, String suffix) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + suffix);
    }

    /** {@code seed} printed to PDF by LibreOffice (the two 实施办法 seeds). */
    public static Path libreOfficePdf(Seeds seed) {
        return LIBREOFFICE.resolve(seed.fileName().replaceFirst("\\.txt$", ".pdf"));
    }

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

    /** Writes a DOCX of {@code paragraphs} that opens only with {@code password} (Office's agile encryption). */
    public static Path encryptedDocx(Path file, List<String> paragraphs, String password) throws Exception {
        Path plain = docx(file.resolveSibling("plain-" + file.getFileName()), paragraphs, List.of());
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(container)) {
                Files.copy(plain, data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    /**
     * Writes a spreadsheet with one sheet of {@code rows}, as Excel 2007+ ({@code .xlsx}) or Excel
     * 97-2003 ({@code .xls}) by the file's name; empty strings leave their cells out.
     */
    public static Path spreadsheet(Path file, List<List<String>> rows) throws IOException {
        try (Workbook book = WorkbookFactory.create(file.toString().endsWith(".xlsx"));
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("分工表");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    /**
     * Writes {@code seed} as Markdown, as someone would type it up: each paragraph apart, a # heading
     * for each 章 and the label of each 条 in bold.
     */
    public static Path markdown(Path file, Seeds seed) throws IOException {
        StringBuilder md = new StringBuilder();
        for (String line : seed.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            var article = java.util.regex.Pattern.compile("^(第[一二三四五六七八九十百]+条)\\s*(.*)$").matcher(line);
            if (line.matches("^第[一二三四五六七八九十]+章.*")) {
                md.append("# ").append(line);
            } else if (article.matches()) {
                md.append("**").append(article.group(1)).append("** ").append(article.group(2));
            } else {
                md.append(line);
            }
            md.append("\n\n");
        }
        return Files.writeString(file, md);
    }

    /**
     * Writes {@code seed} as an OFD with ofdrw's layout engine, as an OFD-producing office suite lays a
     * 公文 out: A4 pages, each paragraph indented two ideographic spaces and wrapped at the page width, the
     * title in the OFD's DocInfo.
     */
    public static Path ofd(Path file, Seeds seed, String docInfoTitle) throws Exception {
        // The paragraphs the seed means: a few of its sentences are broken over two lines, and its
        // [bookmark: …] marks, which Tika wrote for Word bookmarks, a page never shows.
        return ofd(file, cn.policyportal.ingest.TextCleaner.paragraphs(seed.text()), docInfoTitle,
                java.time.LocalDate.of(2021, 10, 8));
    }

    /** Writes an OFD of {@code paragraphs}, as {@link #ofd(Path, Seeds, String)} does. */
    public static Path ofd(Path file, List<String> paragraphs, String docInfoTitle, java.time.LocalDate created)
            throws Exception {
        try (org.ofdrw.layout.OFDDoc doc = new org.ofdrw.layout.OFDDoc(file)) {
            doc.getOfdDir().getOfd().getDocBody().getDocInfo().setTile(docInfoTitle).setCreationDate(created);
            for (String line : paragraphs) {
                // The indent is typed, as in a word processor: ofdrw's own first-line indent would be
                // repeated on the part of a paragraph that a page break carries over.
                doc.add(new org.ofdrw.layout.element.Paragraph("\u3000\u3000" + line, 4.2));
            }
        }
        return file;
    }

    /**
     * {@code source} with the ToUnicode maps of the fonts whose names contain {@code fontName} removed
     * by PDFBox, as a PDF producer that leaves them out writes it: those fonts' glyphs then map to no
     * characters. LibreOffice draws a seed's Chinese in WenQuanYiZenHeiMono and its digits and Latin
     * letters in LiberationMono.
     */
    public static Path withoutToUnicode(Path source, Path target, String fontName) throws IOException {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(source.toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                    if (font.getName().contains(fontName)) {
                        font.getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
                    }
                }
            }
            pdf.save(target.toFile());
        }
        return target;
    }

    /**
     * Rasterises every page of {@code pdf} at {@code dpi}, as a scanner would see the printed pages.
     */
    public static List<BufferedImage> pageImages(Path pdf, float dpi) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            List<BufferedImage> pages = new java.util.ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                // RGB, which a PDF and a PNG keep as they are; Java's grey images are linear light, and
                // PDFBox writes them lighter than they look.
                pages.add(renderer.renderImageWithDPI(i, dpi, org.apache.pdfbox.rendering.ImageType.RGB));
            }
            return pages;
        }
    }

    /**
     * Writes a PDF of A4 pages that are pictures of {@code pages} and have no text layer, as a
     * scanner makes; a {@code null} page is left blank.
     */
    public static Path imagePdf(Path file, List<BufferedImage> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage scan : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (scan != null) {
                    PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * Writes a one-page PDF that is a picture of {@code line} and has no text layer, as a scanner makes.
     */
    public static Path scannedPdf(Path file, String line) throws IOException {
        BufferedImage scan = new BufferedImage(1200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
        g.drawString(line, 40, 120);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 40, 600, 520, 87);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * Writes a DOCX whose body XML is {@code body}, wrapped in the minimal package parts Word needs;
     * used for hostile shapes (bombs, deep nesting) that a word processor would never write.
     */
    public static Path rawDocx(Path file, String body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Target="word/document.xml" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
                    + body + "</w:body></w:document>");
        }
        return file;
    }

    /** A small DOCX that inflates to {@code paragraphs} paragraphs of a thousand characters each. */
    public static Path bombDocx(Path file, int paragraphs) throws IOException {
        return rawDocx(file, ("<w:p><w:r><w:t>" + "巡".repeat(1000) + "</w:t></w:r></w:p>").repeat(paragraphs));
    }

    /** A DOCX with one paragraph inside {@code depth} tables nested in each other's cells. */
    public static Path nestedDocx(Path file, int depth) throws IOException {
        return rawDocx(file, "<w:tbl><w:tr><w:tc>".repeat(depth) + "<w:p><w:r><w:t>深</w:t></w:r></w:p>"
                + "</w:tc></w:tr></w:tbl>".repeat(depth));
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
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
