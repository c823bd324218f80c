package cn.policyportal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines placed on a page joined into paragraphs by where they start, end and stand. */
class PlacedLinesTest {

    /** A line of characters 10 high, 12 apart, on a text 100 wide from x 0. */
    private static PlacedLines.Line line(int page, int row, double x, double end, String text) {
        return new PlacedLines.Line(page, x, end, row * 12.0, 10, text);
    }

    @Test
    void aFullLineFollowedByALineAtTheMarginIsWrappedAndAnIndentOpensAParagraph() {
        List<PlacedLines.Line> lines = List.of(
                line(1, 0, 20, 100, "第一条为深入贯彻落实中央关于"),
                line(1, 1, 0, 100, "巡视工作的决策部署，进一步加强巡视工作"),
                line(1, 2, 0, 40, "协作配合。"),
                line(1, 3, 20, 100, "第二条贯彻落实2021年"),
                line(1, 4, 0, 30, "10月要求。"),
                line(1, 5, 0, 100, "抄送：中央纪委国家监委驻院纪检监察组，院属"),
                line(1, 6, 0, 50, "各单位。"));
        assertThat(PlacedLines.paragraphs(lines)).isEqualTo("""
                第一条为深入贯彻落实中央关于巡视工作的决策部署，进一步加强巡视工作协作配合。
                第二条贯彻落实2021年10月要求。
                抄送：中央纪委国家监委驻院纪检监察组，院属各单位。""");
    }

    @Test
    void aParagraphSetApartByItsSpacingIsNotJoinedToAFullLineAbove() {
        List<PlacedLines.Line> lines = new ArrayList<>();
        for (int row = 0; row < 4; row++) {
            lines.add(line(1, row, 0, 100, "全宽的一行" + row));
        }
        lines.add(new PlacedLines.Line(1, 0, 60, 4 * 12.0 + 14, 10, "隔开的段落"));
        assertThat(PlacedLines.paragraphs(lines)).isEqualTo("全宽的一行0全宽的一行1全宽的一行2全宽的一行3\n隔开的段落");
    }

    @Test
    void aParagraphGoesOnOverAPageBreakAndANumberBrokenOverTwoLinesStaysOneNumber() {
        List<PlacedLines.Line> lines = List.of(
                line(1, 0, 20, 100, "时间期限：从"),
                line(1, 1, 0, 100, "开始每年部署，2"),
                line(2, 0, 0, 100, "021年已部署的重大咨询"),
                line(2, 1, 0, 40, "项目。"),
                line(2, 2, 20, 40, "下一段。"));
        assertThat(PlacedLines.paragraphs(lines)).isEqualTo("时间期限：从开始每年部署，2021年已部署的重大咨询项目。\n下一段。");
    }

    @Test
    void tesseractTsvBecomesPlacedLinesWithWordConfidences() {
        String tsv = String.join("\n",
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "4\t1\t1\t1\t1\t0\t159\t914\t300\t36\t-1\t",
                "5\t1\t1\t1\t1\t1\t159\t915\t80\t26\t96.9\t第一条",
                "5\t1\t1\t1\t1\t2\t265\t915\t56\t28\t90.1\t为深入",
                "5\t1\t1\t1\t1\t3\t330\t915\t40\t26\t80.0\tTika",
                "5\t1\t1\t1\t1\t4\t380\t915\t20\t26\t70.0\t3",
                "5\t1\t1\t1\t2\t1\t159\t950\t40\t26\t60.0\t成效");
        Tesseract.Page page = Tesseract.parse(tsv, 2);
        assertThat(page.lines()).containsExactly(
                new PlacedLines.Line(2, 159, 400, 943, 26, "第一条为深入Tika 3"),
                new PlacedLines.Line(2, 159, 199, 976, 26, "成效"));
        assertThat(page.confidences()).containsExactly(96.9, 90.1, 80.0, 70.0, 60.0);
    }
}
