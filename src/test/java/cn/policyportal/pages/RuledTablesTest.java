package cn.policyportal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A page's ruled tables read as rows of cells, as a Word table's rows are. */
class RuledTablesTest {

    /** The characters of {@code text}, each 10 wide, from x on the baseline y. */
    private static List<RuledTables.Glyph> text(double x, double y, String text) {
        List<RuledTables.Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new RuledTables.Glyph(x + 10 * i, y, 10, 10, String.valueOf(text.charAt(i))));
        }
        return glyphs;
    }

    private static RuledTables.Rule across(double y, double from, double to) {
        return new RuledTables.Rule(from, y, to, y);
    }

    private static RuledTables.Rule down(double x, double from, double to) {
        return new RuledTables.Rule(x, from, x, to);
    }

    /**
     * Three columns (0–50, 50–150, 150–200) and four rows (0–20, 20–40, 40–80, 80–100): a header, a
     * category row merged over all columns, a task wrapped over two lines whose lead is merged down
     * into the last row. Each border drawn twice, half a point apart, as a word processor does.
     */
    @Test
    void mergedCellsStandInEachRowTheySpanAndWrappedCellsAreOneText() {
        List<RuledTables.Rule> rules = new ArrayList<>();
        for (double y : new double[] {0, 20, 40, 100}) {
            rules.add(across(y, 0, 200));
            rules.add(across(y + 0.5, 0, 200));
        }
        rules.add(across(80, 0, 150));
        for (double x : new double[] {0, 200}) {
            rules.add(down(x, 0, 100));
        }
        rules.add(down(50, 0, 20));
        rules.add(down(50, 40, 100));
        rules.add(down(150, 0, 20));
        rules.add(down(150, 40, 100));
        List<RuledTables.Glyph> glyphs = new ArrayList<>();
        glyphs.addAll(text(2, 15, "序号"));
        glyphs.addAll(text(52, 15, "任务"));
        glyphs.addAll(text(152, 15, "牵头"));
        glyphs.addAll(text(2, 35, "一、制度"));
        glyphs.addAll(text(2, 55, "1"));
        glyphs.addAll(text(52, 55, "修订科研经费管理"));
        glyphs.addAll(text(52, 70, "办法"));
        glyphs.addAll(text(152, 75, "人事局"));
        glyphs.addAll(text(2, 95, "2"));
        glyphs.addAll(text(52, 95, "举办培训班"));
        glyphs.addAll(text(300, 95, "表外"));

        assertThat(RuledTables.of(rules, glyphs)).containsExactly(List.of(
                List.of("序号", "任务", "牵头"),
                List.of("一、制度", "", ""),
                List.of("1", "修订科研经费管理办法", "人事局"),
                List.of("2", "举办培训班", "人事局")));
    }

    @Test
    void linesThatMakeNoGridAreNoTable() {
        List<RuledTables.Rule> rules = List.of(across(10, 0, 500), across(400, 0, 500), down(0, 0, 5));
        assertThat(RuledTables.of(rules, text(0, 20, "正文"))).isEmpty();
    }

    @Test
    void aWrappedCellKeepsTheSpaceBetweenLatinWordsOnOneLine() {
        List<RuledTables.Glyph> glyphs = new ArrayList<>(text(0, 10, "CASAD"));
        glyphs.addAll(text(58, 10, "APP"));
        assertThat(RuledTables.text(glyphs)).isEqualTo("CASAD APP");
    }
}
