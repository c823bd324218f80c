package cn.policyportal.ledger;

import java.util.List;

/** The 通报 as an HTML page, with the same words and tables as the Word document. */
public final class ProgressHtml {

    private ProgressHtml() {
    }

    public static String write(ProgressSummary s) {
        StringBuilder h = new StringBuilder("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(s.title())).append("</title><link rel=\"stylesheet\" href=\"/style.css\"></head>")
                .append("<body><main class=\"wide report-document\"><h1 class=\"doc-title\">").append(esc(s.title()))
                .append("</h1><p id=\"summary\">").append(esc(s.sentence())).append("</p><h2>一、各牵头部门进展情况</h2>");
        table(h, ProgressDocx.departmentRows(s));
        h.append("<h2>二、逾期举措及原因</h2>");
        if (s.overdue().isEmpty()) {
            h.append("<p>截至统计日期，没有逾期举措。</p>");
        } else {
            h.append("<table><tr><th>举措</th><th>牵头部门</th><th>截止日期</th><th>部门说明</th></tr>");
            for (ProgressSummary.OverdueRow r : s.overdue()) {
                h.append("<tr><td>").append(esc(r.task())).append("</td><td>").append(esc(r.departments()))
                        .append("</td><td>").append(r.due()).append("</td><td>").append(esc(r.reason())).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>附件：佐证材料清单</h2><ol id=\"evidence\">");
        for (String[] e : s.evidence()) {
            h.append("<li>").append(esc(e[1])).append("（").append(esc(e[0])).append("）</li>");
        }
        return h.append("</ol></main></body></html>\n").toString();
    }

    private static void table(StringBuilder h, List<String[]> rows) {
        h.append("<table id=\"departments\">");
        for (int r = 0; r < rows.size(); r++) {
            h.append("<tr>");
            for (String cell : rows.get(r)) {
                String tag = r == 0 ? "th" : "td";
                h.append('<').append(tag).append('>').append(esc(cell)).append("</").append(tag).append('>');
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
