package cn.policyportal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines as PDFBox extracts them from a LibreOffice PDF whose curly quotes came from a fallback font. */
class DisplacedMarksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            “ ”第二条 贯彻落实 发现问题、形成震慑，推动改革、促进发展 巡视工作方针，建立 | 第二条 贯彻落实“发现问题、形成震慑，推动改革、促进发展”巡视工作方针，建立
            “ ”“ ” “ ” “ ”作质量，有效促进 国家队 国家人 心系 国家事 肩扛 国家责 的情况。 | 作质量，有效促进“国家队”“国家人”心系“国家事”肩扛“国家责”的情况。
            “ ”第十八条 对院党组书记点人点事问题，涉及违规违纪需要运用监督执纪 四种形态 | 第十八条 对院党组书记点人点事问题，涉及违规违纪需要运用监督执纪“四种形态”
            “ ”唯论文 不良导向的若干措施（试行）》，规 | “唯论文”不良导向的若干措施（试行）》，规
            “ ”  队并颁发 军令状 ，制定了 8项激励保障政策， | 队并颁发“军令状”，制定了 8项激励保障政策，
            “ ”三重一大 决策中发挥作用的机制更加健全。正 | “三重一大”决策中发挥作用的机制更加健全。正
            """)
    void putsEachMarkBackIntoTheGapItLeft(String extracted, String expected) {
        assertThat(DisplacedMarks.restore(extracted)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            “四个意识”是根本要求 | a quotation that opens the line is typed so
            “ ”一 支 部 一 策 的 方 式 | letter-spaced: more gaps than marks
            “ ”会议 讨论 | two placements fit equally well
            第三条 院党组巡视工作领导小组 | no marks at all
            “ ” | nothing but marks
            """)
    void leavesALineItCannotPlaceTheMarksOfUnchanged(String extracted, String why) {
        assertThat(DisplacedMarks.restore(extracted)).as(why).isEqualTo(extracted);
    }
}
