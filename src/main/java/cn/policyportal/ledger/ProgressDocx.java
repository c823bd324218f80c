package cn.policyportal.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The 通报 as a Word document in the usual 公文 layout: a centred title in 小标宋 二号, body text in
 * 仿宋 三号 with two-character indents, headings 一、二、 in 黑体, tables with a header row, and
 * an appendix of evidence file names.
 */
public final class ProgressDocx {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";

    private ProgressDocx() {
    }

    public static byte[] write(ProgressSummary s) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, s.title(), TITLE_FONT, 22, false);
            body(doc, s.sentence());
            heading(doc, "一、各牵头部门进展情况");
            table(doc, departmentRows(s));
            heading(doc, "二、逾期举措及原因");
            if (s.overdue().isEmpty()) {
                body(doc, "截至统计日期，没有逾期举措。");
            } else {
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"序号", "举措", "牵头部门", "截止日期", "部门说明"});
                int n = 1;
                for (ProgressSummary.OverdueRow r : s.overdue()) {
                    rows.add(new String[] {String.valueOf(n++), r.task(), r.departments(), r.due().toString(), r.reason()});
                }
                table(doc, rows);
            }
            heading(doc, "附件：佐证材料清单");
            if (s.evidence().isEmpty()) {
                body(doc, "本轮无佐证材料。");
            }
            int n = 1;
            for (String[] e : s.evidence()) {
                body(doc, n++ + ". " + e[1] + "（" + e[0] + "）");
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The departments' table: header, one row per department, as {@link ProgressHtml} writes it too. */
    static List<String[]> departmentRows(ProgressSummary s) {
        List<String[]> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("牵头部门", "举措数"));
        for (MeasureStatus status : MeasureStatus.values()) {
            head.add(status.label());
        }
        if (s.round() != null) {
            head.add("本轮已报送");
        }
        rows.add(head.toArray(String[]::new));
        for (ProgressSummary.DepartmentRow d : s.departments()) {
            List<String> row = new ArrayList<>(List.of(d.department(), String.valueOf(d.total())));
            for (MeasureStatus status : MeasureStatus.values()) {
                row.add(String.valueOf(d.byStatus().get(status.code())));
            }
            if (s.round() != null) {
                row.add(String.valueOf(d.reported()));
            }
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    private static void heading(XWPFDocument doc, String text) {
        run(doc.createParagraph(), text, HEADING_FONT, 16, false);
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        run(p, text, BODY_FONT, 16, false);
    }

    private static void table(XWPFDocument doc, List<String[]> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).length);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                run(p, rows.get(r)[c], BODY_FONT, 12, r == 0);
            }
        }
    }

    private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
