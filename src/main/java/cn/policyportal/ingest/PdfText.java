package cn.policyportal.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import cn.policyportal.pages.LineBreaks;
import cn.policyportal.pages.PlacedLines;
import cn.policyportal.pages.RuledTables;

/**
 * Extracts the text of a PDF with PDFBox, in drawing order with each line put in order.
 *
 * <p>A word processor draws a line in runs, one per font: curly quotes and digits that the Chinese
 * font lacks come in runs of their own, before or after the rest of the line. Extraction in
 * drawing order (Tika's default) then puts them at the wrong place, {@code “ ”第二条 贯彻落实 发现问题…};
 * sorting the whole page by position mends that but interleaves the lines of side-by-side columns,
 * which a newspaper page has. Sorting only the glyphs of one line, drawn one after another on one
 * baseline, does both.
 *
 * <p>Where each line stands is noted as it is drawn, and once the whole document is read
 * {@link LineBreaks} judges every line from the spacing and indents of all its pages: the text marks a
 * line that continues the one above with {@link TextCleaner#LINE_MARK}, and leaves out running heads
 * and page numbers, so the cleaner joins what the layout wrapped rather than guessing from the
 * characters. The path operators, which a text extractor ignores, are read in the same pass
 * ({@link Rulings}) for {@link RuledTables}.
 */
final class PdfText {

    private PdfText() {
    }

    /** Thrown when a PDF holds more text than the caller wants to read. */
    static final class TooLong extends IOException {
        TooLong(int limit) {
            super("more than " + limit + " characters");
        }
    }

    /**
     * A PDF's text, page by page (a page with no content at all has an empty text and does not count
     * as a page without text), the numbers (from 1) of its pages that draw but hold no text (images,
     * scanned pages), and its ruled tables, each a list of rows of cells.
     */
    record Result(List<String> pageTexts, List<Integer> textless, List<List<List<String>>> tables) {
        Result {
            pageTexts = List.copyOf(pageTexts);
            textless = List.copyOf(textless);
            tables = List.copyOf(tables);
        }

        String text() {
            return String.join("", pageTexts);
        }

        int pages() {
            return pageTexts.size();
        }

        int pagesWithoutText() {
            return textless.size();
        }
    }

    /**
     * The text of the PDF in {@code bytes}, at most {@code maxChars} characters.
     *
     * @throws TooLong     when it holds more
     * @throws IOException when PDFBox cannot read it (encrypted, corrupt)
     */
    static Result of(byte[] bytes, int maxChars) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            BoundedWriter out = new BoundedWriter(maxChars);
            LineSortingStripper stripper = new LineSortingStripper(out);
            stripper.writeText(doc, out);
            return new Result(stripper.markedPages(doc.getNumberOfPages()), stripper.textless, stripper.tables);
        }
    }

    /**
     * Hands PDFBox the glyphs of each line sorted left to right, and the lines as they were drawn;
     * notes where each line stands on its page, and the page's ruling lines, so that
     * {@link LineBreaks} can tell where paragraphs begin and {@link RuledTables} can read its tables.
     */
    private static final class LineSortingStripper extends PDFTextStripper {
        private final List<TextPosition> line = new ArrayList<>();
        /** Every line of the document, where it stands, in the order the lines were drawn. */
        private final List<PlacedLines.Line> placed = new ArrayList<>();
        /** The index in {@link #placed} of each line, by its first glyph. */
        private final Map<TextPosition, Integer> lineByStart = new IdentityHashMap<>();
        /** Where each line begins and ends in the output, and which of {@link #placed} it is. */
        private final List<int[]> spans = new ArrayList<>();
        private int[] openSpan;
        /** The glyphs of the page, kept for its tables: made into {@link RuledTables.Glyph}s only if it has rules. */
        private final List<TextPosition> glyphs = new ArrayList<>();
        private final Rulings rulings;
        private final List<List<List<String>>> tables = new ArrayList<>();
        private final BoundedWriter out;
        private boolean atLineStart = true;
        /** Whether the page being written has shown a glyph that is not a space. */
        private boolean pageHasText;
        private final List<Integer> textless = new ArrayList<>();
        /** Where the text of each page written begins in the output, by page number. */
        private final TreeMap<Integer, Integer> pageStarts = new TreeMap<>();

        LineSortingStripper(BoundedWriter out) {
            this.out = out;
            this.rulings = new Rulings(this);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!line.isEmpty() && !onOneBaseline(line.get(line.size() - 1), text)) {
                flushLine();
            }
            line.add(text);
        }

        @Override
        protected void writePage() throws IOException {
            flushLine();
            super.writePage();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageHasText = false;
            pageStarts.put(getCurrentPageNo(), out.length());
            glyphs.clear();
            rulings.startPage(page);
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            closeSpan();
            if (!pageHasText) {
                textless.add(getCurrentPageNo());
            }
            // a grid needs two rules each way; most pages have none, and cost nothing more
            if (rulings.rules().size() >= 4 && rulings.rules().size() <= Rulings.MAX_RULES && page.getRotation() == 0) {
                tables.addAll(RuledTables.of(rulings.rules(), glyphs.stream().map(p -> new RuledTables.Glyph(
                        p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                        Math.max(p.getHeightDir(), p.getFontSizeInPt() / 2), p.getUnicode())).toList()));
            }
            // the page's text is written by now; its glyphs need not live as long as the document
            lineByStart.clear();
            super.endPage(page);
        }

        @Override
        protected void writePageStart() throws IOException {
            atLineStart = true;
            super.writePageStart();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            closeSpan();
            atLineStart = true;
            super.writeLineSeparator();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            TextPosition start = atLineStart ? firstInk(positions) : null;
            pageHasText |= !text.isBlank();
            if (start != null) {
                Integer index = lineByStart.get(start);
                if (index != null) {
                    closeSpan();
                    openSpan = new int[] {out.length(), -1, index};
                    spans.add(openSpan);
                }
                atLineStart = false;
            }
            super.writeString(text, positions);
        }

        private void closeSpan() {
            if (openSpan != null) {
                openSpan[1] = out.length();
                openSpan = null;
            }
        }

        /**
         * The text written, page by page, each line marked as {@link LineBreaks} judges it: a line that
         * continues the one above starts with {@link TextCleaner#LINE_MARK}, an indented line of a
         * document that does not show its paragraphs otherwise with {@link TextCleaner#PARAGRAPH_MARK};
         * running heads and page numbers are left out.
         */
        List<String> markedPages(int pageCount) {
            String raw = out.toString();
            List<LineBreaks.Kind> kinds = LineBreaks.of(placed);
            List<String> pages = new ArrayList<>();
            int next = 0;
            for (int number = 1; number <= pageCount; number++) {
                Integer start = pageStarts.get(number);
                if (start == null) {
                    pages.add("");
                    continue;
                }
                Integer following = pageStarts.higherKey(number);
                int pageEnd = following == null ? raw.length() : pageStarts.get(following);
                StringBuilder text = new StringBuilder();
                int at = start;
                for (; next < spans.size() && spans.get(next)[0] < pageEnd; next++) {
                    int[] span = spans.get(next);
                    text.append(raw, at, span[0]);
                    at = span[0];
                    switch (kinds.get(span[2])) {
                        case CONTINUES -> text.append(TextCleaner.LINE_MARK);
                        case INDENTED -> text.append(TextCleaner.PARAGRAPH_MARK);
                        case FURNITURE -> at = span[1] < 0 ? at : Math.min(span[1], pageEnd);
                        default -> {
                        }
                    }
                }
                pages.add(text.append(raw, at, pageEnd).toString());
            }
            return pages;
        }

        private void flushLine() {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            TextPosition start = firstInk(line);
            if (start != null) {
                TextPosition last = lastInk(line);
                StringBuilder text = new StringBuilder();
                line.forEach(p -> text.append(p.getUnicode()));
                lineByStart.put(start, placed.size());
                placed.add(new PlacedLines.Line(getCurrentPageNo(), start.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(), start.getYDirAdj(), start.getFontSizeInPt(),
                        text.toString()));
            }
            glyphs.addAll(line);
            line.forEach(super::processTextPosition);
            line.clear();
        }

        private static boolean onOneBaseline(TextPosition a, TextPosition b) {
            float tolerance = Math.max(1f, Math.min(a.getHeightDir(), b.getHeightDir()) / 2);
            return Math.abs(a.getYDirAdj() - b.getYDirAdj()) < tolerance;
        }

        /** The first glyph that is not a space: an indent may be typed as ideographic spaces. */
        private static TextPosition firstInk(List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                    return p;
                }
            }
            return null;
        }

        private static TextPosition lastInk(List<TextPosition> positions) {
            for (int i = positions.size() - 1; i >= 0; i--) {
                if (!positions.get(i).getUnicode().isBlank()) {
                    return positions.get(i);
                }
            }
            return null;
        }
    }

    /** Collects the text, and stops the extraction once it holds more than its limit. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int off, int len) throws TooLong {
            if (text.length() + len > limit) {
                throw new TooLong(limit);
            }
            text.append(chars, off, len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        int length() {
            return text.length();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
