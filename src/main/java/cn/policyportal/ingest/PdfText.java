package cn.policyportal.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts the text of a PDF with PDFBox, in drawing order with each line put in order.
 *
 * <p>A word processor draws a line in runs, one per font: curly quotes and digits that the Chinese
 * font lacks come in runs of their own, before or after the rest of the line. Extraction in
 * drawing order (Tika's default) then puts them at the wrong place, {@code “ ”第二条 贯彻落实 发现问题…};
 * sorting the whole page by position mends that but interleaves the lines of side-by-side columns,
 * which a newspaper page has. Sorting only the glyphs of one line, drawn one after another on one
 * baseline, does both.
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

    /** A PDF's text, its pages, and how many of them hold no text (images, scanned pages). */
    record Result(String text, int pages, int pagesWithoutText) {
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
            LineSortingStripper stripper = new LineSortingStripper();
            stripper.writeText(doc, out);
            return new Result(out.toString(), doc.getNumberOfPages(), stripper.pagesWithoutText);
        }
    }

    /**
     * Hands PDFBox the glyphs of each line sorted left to right, and the lines as they were drawn;
     * starts each line that is indented from its column's margin with {@link TextCleaner#PARAGRAPH_MARK}.
     */
    private static final class LineSortingStripper extends PDFTextStripper {
        private final List<TextPosition> line = new ArrayList<>();
        /** The first glyph of each line of the page, in the order the lines were drawn. */
        private final List<TextPosition> lineStarts = new ArrayList<>();
        private final Set<TextPosition> indented = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean atLineStart = true;
        /** Whether the page being written has shown a glyph that is not a space. */
        private boolean pageHasText;
        private int pagesWithoutText;

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
            indented.clear();
            indented.addAll(Indents.of(lineStarts));
            lineStarts.clear();
            super.writePage();
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageHasText = false;
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            pagesWithoutText += pageHasText ? 0 : 1;
            super.endPage(page);
        }

        @Override
        protected void writePageStart() throws IOException {
            atLineStart = true;
            super.writePageStart();
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            atLineStart = true;
            super.writeLineSeparator();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            TextPosition start = atLineStart ? firstInk(positions) : null;
            pageHasText |= !text.isBlank();
            if (start != null) {
                if (indented.contains(start)) {
                    output.write(TextCleaner.PARAGRAPH_MARK);
                }
                atLineStart = false;
            }
            super.writeString(text, positions);
        }

        private void flushLine() {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            TextPosition start = firstInk(line);
            if (start != null) {
                lineStarts.add(start);
            }
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
    }

    /** Which lines of a page begin right of their column's margin. */
    private static final class Indents {

        private Indents() {
        }

        /**
         * The starts (first glyphs, in drawing order) that lie more than one and a half characters
         * right of the leftmost start of their column. A column is a run of lines each drawn below the
         * one before, less than three lines apart; a line drawn higher up begins another column.
         */
        static List<TextPosition> of(List<TextPosition> starts) {
            List<TextPosition> indented = new ArrayList<>();
            int runStart = 0;
            for (int i = 1; i <= starts.size(); i++) {
                if (i == starts.size() || !below(starts.get(i - 1), starts.get(i))) {
                    List<TextPosition> column = starts.subList(runStart, i);
                    double margin = column.stream().mapToDouble(TextPosition::getXDirAdj).min().orElse(0);
                    column.stream().filter(p -> p.getXDirAdj() - margin > 1.5f * p.getFontSizeInPt()).forEach(indented::add);
                    runStart = i;
                }
            }
            return indented;
        }

        private static boolean below(TextPosition above, TextPosition next) {
            float down = next.getYDirAdj() - above.getYDirAdj();
            return down > 0 && down < 3 * Math.max(above.getFontSizeInPt(), next.getFontSizeInPt());
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

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
