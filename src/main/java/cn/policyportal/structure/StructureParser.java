package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the structure of a document from its cleaned paragraphs.
 *
 * <p>First the wrapper is set apart: the 关于印发《X》的通知 before X's own title, and the 抄送 / 印发
 * colophon after the body. Then the body is parsed by the first form that fits: a regulation
 * (第X条 articles), a work plan (field lines), a report (outline headings), else plain paragraphs.
 * A newspaper page with several pieces (a page join inside the text) is split into its pieces
 * first, each parsed on its own. No input makes it fail: text that fits no form stays as paragraphs.
 */
public final class StructureParser {

    private static final Pattern ISSUED = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日印发$");
    private static final String[] PIECE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private StructureParser() {
    }

    /**
     * Parses {@code paragraphs}.
     *
     * @param enclosedTitle X of a 关于印发《X》的通知, or {@code null}
     * @param pieceStarts   indexes of paragraphs that a newspaper page join begins
     */
    public static DocumentStructure parse(List<String> paragraphs, String enclosedTitle, Set<Integer> pieceStarts) {
        List<Unit> units = new ArrayList<>();
        int bodyStart = enclosedTitle == null ? 0 : titleStart(paragraphs, enclosedTitle);
        int afterTitle = bodyStart > 0 ? skipTitle(paragraphs, bodyStart, enclosedTitle) : 0;
        if (bodyStart > 0) {
            units.add(new Unit(UnitKind.NOTICE, "notice", "印发通知", null, null, 0,
                    paragraphs.subList(0, bodyStart), List.of()));
        }
        int bodyEnd = colophonStart(paragraphs, afterTitle);
        List<String> body = paragraphs.subList(afterTitle, bodyEnd);
        DocumentStructure.Form form = formOf(body);
        List<Integer> starts = pieceStarts.stream().filter(i -> i > afterTitle && i < bodyEnd).sorted().toList();
        if (starts.isEmpty() || form == DocumentStructure.Form.REGULATION || form == DocumentStructure.Form.PLAN) {
            units.addAll(parseBody(body, form, new Paths(), null));
        } else {
            units.addAll(pieces(paragraphs, afterTitle, bodyEnd, starts));
        }
        if (bodyEnd < paragraphs.size()) {
            units.add(new Unit(UnitKind.COLOPHON, "colophon", "版记", null, null, 0,
                    paragraphs.subList(bodyEnd, paragraphs.size()), List.of()));
        }
        return new DocumentStructure(form, units);
    }

    private static DocumentStructure.Form formOf(List<String> body) {
        if (RegulationParser.looksLikeRegulation(body)) {
            return DocumentStructure.Form.REGULATION;
        }
        if (PlanParser.looksLikePlan(body)) {
            return DocumentStructure.Form.PLAN;
        }
        return OutlineParser.looksLikeOutline(body) ? DocumentStructure.Form.REPORT : DocumentStructure.Form.PLAIN;
    }

    private static List<Unit> parseBody(List<String> body, DocumentStructure.Form form, Paths paths, String parent) {
        return switch (form) {
            case REGULATION -> RegulationParser.parse(body);
            case PLAN -> PlanParser.parse(body);
            case REPORT -> OutlineParser.parse(body, paths, parent);
            case PLAIN -> plain(body, paths, parent);
        };
    }

    private static List<Unit> plain(List<String> body, Paths paths, String parent) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            units.add(new Unit(UnitKind.PARAGRAPH, paths.child(parent, "p" + (i + 1)), null, null, i + 1, 0,
                    List.of(body.get(i)), List.of()));
        }
        return units;
    }

    /**
     * Splits a newspaper page at its page joins. A short title-like paragraph just before a join is
     * the headline of what follows on the page, and stands on its own between the pieces.
     */
    private static List<Unit> pieces(List<String> paragraphs, int from, int to, List<Integer> starts) {
        Paths paths = new Paths();
        List<Unit> units = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>(List.of(from));
        bounds.addAll(starts);
        bounds.add(to);
        for (int k = 0; k + 1 < bounds.size(); k++) {
            int start = bounds.get(k);
            int end = bounds.get(k + 1);
            String headline = null;
            if (k + 2 < bounds.size() && end - 1 > start && Headings.isTitleLike(paragraphs.get(end - 1), 40)) {
                headline = paragraphs.get(--end);
            }
            List<String> body = paragraphs.subList(start, end);
            String path = paths.child(null, "piece" + (k + 1));
            String label = "第" + (k < PIECE_NUMBERS.length ? PIECE_NUMBERS[k] : String.valueOf(k + 1)) + "篇";
            units.add(new Unit(UnitKind.PIECE, path, label, null, k + 1, 0, List.of(),
                    parseBody(body, formOf(body), paths, path)));
            if (headline != null) {
                units.add(new Unit(UnitKind.HEADLINE, paths.child(null, "headline" + (k + 1)), "标题", headline,
                        null, 0, List.of(), List.of()));
            }
        }
        return units;
    }

    /** Where X's own title starts after the notice (its lines may be split), or 0 if not found. */
    static int titleStart(List<String> paragraphs, String enclosedTitle) {
        String target = normalise(enclosedTitle);
        for (int i = 1; i < paragraphs.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(i + 4, paragraphs.size()); j++) {
                joined.append(paragraphs.get(j));
                String candidate = normalise(joined.toString());
                if (candidate.equals(target)) {
                    return i;
                }
                if (!target.startsWith(candidate)) {
                    break;
                }
            }
        }
        return 0;
    }

    private static int skipTitle(List<String> paragraphs, int start, String enclosedTitle) {
        String target = normalise(enclosedTitle);
        StringBuilder joined = new StringBuilder();
        int i = start;
        while (i < paragraphs.size() && !normalise(joined.toString()).equals(target)) {
            joined.append(paragraphs.get(i++));
        }
        return i;
    }

    /** The first paragraph of a trailing 抄送 / 印发 colophon, or the end. */
    private static int colophonStart(List<String> paragraphs, int bodyStart) {
        for (int i = bodyStart; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.startsWith("抄送：") || p.startsWith("抄送:")) {
                return i;
            }
            if (ISSUED.matcher(p).matches()) {
                boolean officeLine = i > bodyStart && Headings.isTitleLike(paragraphs.get(i - 1), 30);
                return officeLine ? i - 1 : i;
            }
        }
        return paragraphs.size();
    }

    private static String normalise(String s) {
        return s.replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
    }
}
