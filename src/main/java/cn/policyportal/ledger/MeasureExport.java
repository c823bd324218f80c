package cn.policyportal.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes measures as a table that opens in Excel: CSV in UTF-8 with a byte-order mark (so Excel
 * does not garble the Chinese) or a real .xlsx workbook, with the same Chinese column headers.
 */
public final class MeasureExport {

    private record Column(String header, Function<MeasureView, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("编号", MeasureView::id),
            new Column("所属文件", MeasureView::docTitle),
            new Column("类别", MeasureView::category),
            new Column("任务", MeasureView::task),
            new Column("具体举措", MeasureView::text),
            new Column("牵头院领导", m -> String.join("、", m.leadLeaders())),
            new Column("配合院领导", m -> String.join("、", m.coLeaders())),
            new Column("牵头部门", m -> String.join("、", m.leadDepts())),
            new Column("协助部门", m -> String.join("、", m.assistDepts())),
            new Column("时间期限", m -> m.deadline().text()),
            new Column("截止日期", m -> m.due() == null ? "" : m.due().toString()),
            new Column("状态", MeasureView::statusLabel));

    private MeasureExport() {
    }

    /** The Chinese column headers, in order. */
    public static List<String> headers() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    /** {@code measures} as CSV (RFC 4180 quoting), UTF-8 with a byte-order mark. */
    public static byte[] csv(List<MeasureView> measures) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", headers().stream().map(MeasureExport::quote).toList())).append("\r\n");
        for (MeasureView m : measures) {
            out.append(String.join(",", COLUMNS.stream().map(c -> quote(c.value().apply(m))).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code measures} as an .xlsx workbook with one sheet. */
    public static byte[] xlsx(List<MeasureView> measures) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("举措");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).header());
            }
            for (int r = 0; r < measures.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String value = COLUMNS.get(c).value().apply(measures.get(r));
                    row.createCell(c).setCellValue(value == null ? "" : value);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String quote(String value) {
        String v = value == null ? "" : value;
        // A leading = + - @ would make Excel run the cell as a formula.
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
