package cn.policyportal.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;

import cn.policyportal.pages.PlacedLines;

/**
 * Extracts the text of an OFD (GB/T 33190, the layout format of Chinese e-government documents) with
 * ofdrw's reader, in reading order.
 *
 * <p>An OFD places each run of text (a TextCode) at a position on the page, in whatever order its
 * producer wrote them; the runs of a page are sorted top to bottom and grouped into lines of one
 * baseline, each sorted left to right, and {@link PlacedLines} joins the lines that layout wrapped.
 * The bytes pass {@link ZipGuard} before ofdrw unpacks them.
 */
final class OfdText {

    /**
     * The text of an OFD, and what its DocInfo declares.
     *
     * @param title DocInfo's Title, or {@code null}
     * @param date  DocInfo's CreationDate, or {@code null}
     * @param pages how many pages it has
     * @param pagesWithoutText how many of them hold no text object
     */
    record Result(String text, String title, LocalDate date, int pages, int pagesWithoutText) {
    }

    /** Page blocks nested deeper than this are a hostile file, as XML nested that deep is elsewhere. */
    private static final int MAX_BLOCK_DEPTH = 100;

    /** One run of text at its place on the page, in millimetres from the top left. */
    private record Run(double x, double baseline, double end, double size, String text) {
    }

    private OfdText() {
    }

    /**
     * Reads the OFD in {@code bytes}.
     *
     * @throws IngestException when it is not an OFD, a zip bomb, or corrupt
     */
    static Result of(byte[] bytes, int maxChars) throws IngestException {
        ZipGuard.check(bytes, "OFD.xml", "OFD");
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(bytes))) {
            int pages = reader.getNumberOfPages();
            List<PlacedLines.Line> lines = new ArrayList<>();
            int chars = 0;
            int empty = 0;
            for (int page = 1; page <= pages; page++) {
                List<Run> runs = new ArrayList<>();
                Content content = reader.getPage(page).getContent();
                if (content != null) {
                    for (CT_Layer layer : content.getLayers()) {
                        collect(layer.getPageBlocks(), runs, 0);
                    }
                }
                List<PlacedLines.Line> pageLines = lines(page, runs);
                lines.addAll(pageLines);
                empty += pageLines.isEmpty() ? 1 : 0;
                chars += pageLines.stream().mapToInt(l -> l.text().length() + 1).sum();
                if (chars > maxChars) {
                    throw new IngestException(IngestException.Reason.TOO_LARGE, "提取的文字超过" + maxChars + "字");
                }
            }
            CT_DocInfo info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
            String title = info == null || info.getTile() == null || info.getTile().isBlank() ? null : info.getTile().strip();
            LocalDate date = info == null ? null : info.getCreationDate();
            return new Result(PlacedLines.paragraphs(lines), title, date, pages, empty);
        } catch (IngestException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            // ofdrw reports a missing part or bad XML as a RuntimeException or a dom4j DocumentException,
            // and walks nested XML recursively: a hostile file must not take the indexing thread down
            throw new IngestException(IngestException.Reason.CORRUPT, "OFD文件结构不完整或内容无法解析", e);
        }
    }

    private static void collect(List<PageBlockType> blocks, List<Run> runs, int depth) throws IngestException {
        if (depth > MAX_BLOCK_DEPTH) {
            throw new IngestException(IngestException.Reason.CORRUPT, "OFD页面块嵌套超过" + MAX_BLOCK_DEPTH + "层");
        }
        for (PageBlockType block : blocks) {
            if (block instanceof TextObject text) {
                addRuns(text, runs);
            } else if (block instanceof CT_PageBlock group) {
                collect(group.getPageBlocks(), runs, depth + 1);
            }
        }
    }

    /**
     * The runs of one text object on the page: a TextCode's X and Y are relative to the object's
     * boundary after its CTM; a TextCode without them continues where the one before it ended.
     */
    private static void addRuns(TextObject object, List<Run> runs) {
        ST_Box box = object.getBoundary();
        double left = box == null ? 0 : box.getTopLeftX();
        double top = box == null ? 0 : box.getTopLeftY();
        double size = object.getSize() == null ? 3.5 : object.getSize();
        Double[] ctm = object.getCTM() == null ? null : object.getCTM().toDouble();
        double x = 0;
        double y = 0;
        for (TextCode code : object.getTextCodes()) {
            String content = code.getContent();
            if (content == null || content.isBlank()) {
                continue;
            }
            x = code.getX() == null ? x : code.getX();
            y = code.getY() == null ? y : code.getY();
            List<Float> deltas = DeltaTool.getDelta(code.getDeltaX(), content.length());
            double advance = advance(deltas, content.length() - 1);
            // An indent typed as ideographic spaces starts the line where its ink starts, as in PdfText.
            double ink = advance(deltas, leadingSpaces(content));
            double[] start = transform(ctm, x + ink, y);
            double[] end = transform(ctm, x + advance + size, y);
            runs.add(new Run(left + start[0], top + start[1], left + end[0], size, content.strip()));
            x += advance + size;
        }
    }

    /** How far glyph {@code index} of a run starts from its first glyph. */
    private static double advance(List<Float> deltas, int index) {
        double sum = 0;
        for (int i = 0; i < Math.min(deltas.size(), index); i++) {
            sum += deltas.get(i);
        }
        return sum;
    }

    private static int leadingSpaces(String content) {
        int i = 0;
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i;
    }

    private static double[] transform(Double[] ctm, double x, double y) {
        if (ctm == null || ctm.length < 6) {
            return new double[] {x, y};
        }
        return new double[] {ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]};
    }

    /**
     * The lines of one page: runs sorted by baseline, those within half a character of the line's
     * first baseline joined left to right; a gap wider than a character becomes a space.
     */
    private static List<PlacedLines.Line> lines(int page, List<Run> runs) {
        runs.sort(Comparator.comparingDouble(Run::baseline).thenComparingDouble(Run::x));
        List<List<Run>> groups = new ArrayList<>();
        for (Run run : runs) {
            List<Run> group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (group != null && Math.abs(group.get(0).baseline() - run.baseline()) < Math.max(run.size(), group.get(0).size()) / 2) {
                group.add(run);
            } else {
                groups.add(new ArrayList<>(List.of(run)));
            }
        }
        List<PlacedLines.Line> lines = new ArrayList<>();
        for (List<Run> group : groups) {
            group.sort(Comparator.comparingDouble(Run::x));
            StringBuilder text = new StringBuilder();
            Run previous = null;
            for (Run run : group) {
                if (previous != null && run.x() - previous.end() > run.size()) {
                    text.append(' ');
                }
                text.append(run.text());
                previous = run;
            }
            Run first = group.get(0);
            lines.add(new PlacedLines.Line(page, first.x(), group.stream().mapToDouble(Run::end).max().orElse(first.x()),
                    first.baseline(), first.size(), text.toString()));
        }
        return lines;
    }
}
