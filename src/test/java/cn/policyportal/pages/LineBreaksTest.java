package cn.policyportal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.policyportal.pages.LineBreaks.Kind;

/** Where paragraphs begin, told from where printed lines stand: the step between them, their indent. */
class LineBreaksTest {

    /** A line of characters 10 high at {@code y}, on a column from x 0 to 100. */
    private static PlacedLines.Line line(int page, double y, double x, double end, String text) {
        return new PlacedLines.Line(page, x, end, y, 10, text);
    }

    /**
     * Seven paragraphs set apart by a space (a step of 24 where lines step 12), each of a full line and
     * a short last line; the third paragraph's first line ends on a full stop flush with the margin
     * and its paragraph goes on below it, at the line step.
     */
    private static List<PlacedLines.Line> spaced() {
        List<PlacedLines.Line> lines = new ArrayList<>();
        double y = 0;
        for (int p = 0; p < 7; p++) {
            lines.add(line(1, y, 0, 100, p == 2 ? "第三条 本条第一句在边上结束。" : "第" + p + "条 一行排满到右边的文字，"));
            lines.add(line(1, y + 12, 0, 40, "短的末行。"));
            y += 12 + 24;
        }
        return lines;
    }

    @Test
    void whereParagraphsAreSetApartAFullStopAtTheMarginFollowedAtTheLineStepContinues() {
        List<Kind> kinds = LineBreaks.of(spaced());

        assertThat(kinds.get(0)).isEqualTo(Kind.OPENS);
        assertThat(kinds.get(5)).as("after 。 at the margin, one line step down").isEqualTo(Kind.CONTINUES);
        assertThat(kinds.get(6)).as("a paragraph's space above").isEqualTo(Kind.OPENS);
        assertThat(kinds).filteredOn(k -> k == Kind.OPENS).hasSize(7);
    }

    /**
     * Seven paragraphs, each indented, of a full first line and a short second line; the fourth
     * paragraph's second line stops short of the margin by a little more than a character (digits
     * are narrow), and its paragraph goes on at the margin below.
     */
    @Test
    void whereEveryParagraphIsIndentedALineAtTheMarginContinuesEvenAfterANumberShortOfTheMargin() {
        List<PlacedLines.Line> lines = new ArrayList<>();
        double y = 0;
        for (int p = 0; p < 7; p++) {
            lines.add(line(1, y, 20, 100, "第" + p + "项，一行排满到右边"));
            lines.add(line(1, y + 12, 0, p == 3 ? 88 : 40, p == 3 ? "审批后启动实施，2021" : "末行。"));
            y += 24;
            if (p == 3) {
                lines.add(line(1, y, 0, 40, "年支持30个团队。"));
                y += 12;
            }
        }
        List<Kind> kinds = LineBreaks.of(lines);

        assertThat(kinds.get(1)).isEqualTo(Kind.CONTINUES);
        assertThat(kinds.get(2)).isEqualTo(Kind.OPENS);
        assertThat(kinds.get(8)).as("年支持30个团队。").isEqualTo(Kind.CONTINUES);
        assertThat(kinds.get(9)).isEqualTo(Kind.OPENS);
    }

    /**
     * A page break hides the step: a line that ran to the margin on a full stop goes on over it when,
     * within the pages, such lines go on more often than not before a line that opens no item.
     */
    @Test
    void overAPageBreakAFullStopAtTheMarginGoesOnAsItMostlyDoesWithinThePages() {
        List<PlacedLines.Line> lines = new ArrayList<>(spaced());
        lines.add(line(1, 300, 0, 100, "第九条 末页的最后一行在边上结束。"));
        lines.add(line(2, 0, 0, 40, "同一条的下文。"));
        lines.add(line(2, 36, 0, 100, "第十条 一行排满到右边的文字。"));
        lines.add(line(3, 0, 0, 100, "第十一条 新的一页由条开头。"));
        List<Kind> kinds = LineBreaks.of(lines);

        assertThat(kinds.get(15)).isEqualTo(Kind.CONTINUES);
        assertThat(kinds.get(17)).as("opens an article").isEqualTo(Kind.OPENS);
    }

    @Test
    void aDocumentThatShowsNoParagraphStartsLeavesTheQuestionOpenButForItsIndents() {
        List<PlacedLines.Line> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(line(1, i * 12, i == 4 ? 20 : 0, i % 2 == 0 ? 100 : 40, "一行" + i + "。"));
        }
        List<Kind> kinds = LineBreaks.of(lines);

        assertThat(kinds.get(4)).isEqualTo(Kind.INDENTED);
        assertThat(kinds).filteredOn(k -> k != Kind.INDENTED).containsOnly(Kind.UNSURE);
    }

    @Test
    void aParagraphGoesOnOverARunningHeadAndPageNumberToTheNextPage() {
        List<PlacedLines.Line> lines = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            lines.add(line(page, -30, 40, 60, "中国科学院文件"));
            double y = 0;
            for (int p = 0; p < 3; p++) {
                lines.add(line(page, y, 0, 100, "一行排满到右边的文字，"));
                lines.add(line(page, y + 12, 0, p == 2 ? 100 : 40, p == 2 ? "末行也排满到右边，" : "短的末行。"));
                y += 36;
            }
            lines.add(line(page, 200, 45, 55, "— " + page + " —"));
        }
        List<Kind> kinds = LineBreaks.of(lines);

        assertThat(kinds.get(0)).isEqualTo(Kind.FURNITURE);
        assertThat(kinds.get(7)).isEqualTo(Kind.FURNITURE);
        assertThat(kinds.get(9)).as("first body line of page 2, after a full line without a full stop")
                .isEqualTo(Kind.CONTINUES);
    }
}
