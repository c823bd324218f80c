package cn.policyportal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.policyportal.index.Structures;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestedDocument;

/**
 * Department notes as State Council opinions write them after each task, read from two fixture
 * opinions and note by note: the issue where about one measure in fifteen was missed or given to
 * the wrong departments (a note carrying the lead rule gave none; 等有关部门和单位 stayed in a name;
 * 财政部等和各省级人民政府 stayed one unit; 各有关部门和单位 lost its 和单位).
 */
class InlineNotesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/measures");
    /**
     * An opinion whose first note carries the lead rule with 下同, and thirteen items with notes in the
     * forms State Council opinions use: 等有关部门和单位, 等和各省级人民政府, 各有关部门和单位, 会同,
     * semicolons with 配合, 指导, 各地区各有关部门 and deadlines; it ends with 此件公开发布.
     */
    static final Path TAX_OPINION = FIXTURES.resolve("国务院关于进一步优化税费服务支持外贸企业稳定发展的意见（部门括注）.txt");
    /**
     * An opinion whose notes state the lead rule twice: once for their own note only, once with 下同
     * for the notes after it; notes before each statement keep every listed unit responsible.
     */
    static final Path WATERLOGGING_OPINION = FIXTURES.resolve("国务院办公厅关于加强城市内涝治理的实施意见（括注牵头规则的范围）.txt");

    private static List<Measure> taxMeasures;
    private static List<Measure> waterloggingMeasures;

    private final Departments departments = Departments.standard();

    @BeforeAll
    static void readFixtures() throws Exception {
        taxMeasures = measuresOf(TAX_OPINION);
        waterloggingMeasures = measuresOf(WATERLOGGING_OPINION);
    }

    private static List<Measure> measuresOf(Path file) throws Exception {
        IngestedDocument doc = new DocumentReader(10_000_000).read(file.getParent(), file);
        return MeasureExtractor.of(doc.id(), Structures.of(doc), doc.paragraphs(), doc.tables(), Departments.standard());
    }

    @Test
    void everyItemWithANoteIsAMeasureAndNothingElseIs() {
        assertThat(taxMeasures).extracting(Measure::path).containsExactly(
                "s1/p1", "s1/p2", "s1/p3", "s2/p4", "s2/p5", "s2/p6", "s2/p7", "s2/p8",
                "s3/p9", "s3/p10", "s3/p11", "s3/p12", "s3/p13");
        assertThat(waterloggingMeasures).extracting(Measure::path).containsExactly(
                "s1/p1", "s1/p2", "s1/p3", "s2/p4", "s2/p5", "s2/p6");
    }

    @ParameterizedTest(name = "{4}: {0}")
    @CsvSource(delimiter = '|', value = {
        "压缩出口退税办理时间 | 税务总局 | 财政部;海关总署 | | the note carrying the lead rule gave no measure",
        "推行出口退税备案单证数字化管理 | 税务总局 | 商务部 | | 下同 carries the rule to （A、B负责）",
        "优化外贸综合服务企业代办退税服务 | 商务部 | 税务总局 | 2024-12-31 | 下同 with 按职责分工 and a deadline",
        "深化国际贸易“单一窗口”建设 | 海关总署 | 国家发展改革委;交通运输部 | | 等有关部门和单位 after a list",
        "加强外贸企业用工保障 | 人力资源社会保障部 | | | 等有关部门和单位 kept in the name",
        "支持边境贸易创新发展 | 商务部 | 财政部;各省级人民政府 | | 等和 kept two units as one",
        "清理规范进出口环节收费 | 国家发展改革委 | 各有关部门和单位 | | 各有关部门和单位 cut to 各有关部门",
        "强化涉企政策宣传解读 | 各有关部门和单位 | | ONGOING | 各有关部门和单位 alone",
        "加大出口信用保险支持力度 | 财政部 | 商务部;金融监管总局 | | 会同",
        "提升跨境贸易结算便利化水平 | 人民银行 | 国家外汇局;商务部 | 2025-06-30 | semicolons and 配合",
        "支持外贸企业开拓国际市场 | 各省级人民政府 | 商务部 | | 指导 beside 负责落实",
        "加强外贸企业合规经营 | 商务部 | 各地区;各有关部门 | | 各地区各有关部门 are two collectives",
        "完善外贸企业信用管理 | 海关总署 | 税务总局;市场监管总局;人民银行 | 2025-12-31 | a plain list under 下同",
    })
    void anOpinionWhoseFirstNoteCarriesTheLeadRuleGivesEachTaskItsDepartments(
            String task, String lead, String assist, String deadline, String form) {
        assertMeasure(taxMeasures, task, lead, assist, deadline);
    }

    @ParameterizedTest(name = "{4}: {0}")
    @CsvSource(delimiter = '|', value = {
        "实施河湖水系和生态空间治理与修复 | 住房城乡建设部;国家发展改革委 | | | before any rule every listed unit leads",
        "划定城市排水防涝控制线 | 自然资源部 | 住房城乡建设部 | | the rule without 下同 holds for its own note",
        "加强城市内涝风险预警 | 水利部;应急管理部;中国气象局 | | | ... and not for the notes after it",
        "实施排水管网和泵站建设改造 | 住房城乡建设部 | 财政部 | | 列第一位的为牵头部门，下同",
        "推进城市地下空间防涝改造 | 住房城乡建设部 | 国家发展改革委;工业和信息化部 | | 下同 holds; 工业和信息化部 stays whole",
        "落实城市排水防涝设施运行维护责任 | 各省级人民政府 | | 2025-12-31 | a single responsible unit",
    })
    void theLeadRuleInANoteHoldsForThatNoteAndWith下同ForTheNotesAfterIt(
            String task, String lead, String assist, String deadline, String form) {
        assertMeasure(waterloggingMeasures, task, lead, assist, deadline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "发展改革委牵头，财政部、科技部等按职责分工负责 | false | 国家发展改革委 | 财政部;科技部 |",
        "牵头单位：科技部，教育部；配合单位：人力资源社会保障部 | false | 科技部;教育部 | 人力资源社会保障部 |",
        "科技部、教育部按职责分工负责，2022年底前完成 | false | 科技部;教育部 | | 2022年底前完成",
        "科技部、教育部按职责分工负责，2022年底前完成 | true | 科技部 | 教育部 | 2022年底前完成",
        "税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同 | false | 税务总局 | 财政部;海关总署 |",
        "工业和信息化部、科技部负责，排在首位的为牵头单位 | false | 工业和信息化部 | 科技部 |",
        "人力资源社会保障部、教育部负责。以下均需各地区落实，不再列出 | true | 人力资源社会保障部 | 教育部 |",
        "国家发展改革委牵头、财政部配合 | false | 国家发展改革委 | 财政部 |",
        "国家发展改革委牵头，财政部等按职责分工负责，各地区抓好落实 | false | 国家发展改革委 | 财政部;各地区 |",
        "教育部会同科技部负责，持续推进 | false | 教育部 | 科技部 | 持续推进",
        "民政部会同有关部门 | false | 民政部 | 有关部门 |",
        "财政部负责，人民银行、金融监管总局配合 | true | 财政部 | 人民银行;金融监管总局 |",
        "人民银行牵头；国家外汇局、商务部配合；2025年6月底前完成 | false | 人民银行 | 国家外汇局;商务部 | 2025年6月底前完成",
        "商务部指导，各省级人民政府负责落实 | true | 各省级人民政府 | 商务部 |",
        "国家卫生健康委指导各地区落实 | false | 各地区 | 国家卫生健康委 |",
        "各地区负责，国家发展改革委加强指导 | false | 各地区 | 国家发展改革委 |",
        "人力资源社会保障部、教育部负责，人力资源社会保障部牵头 | false | 人力资源社会保障部 | 教育部 |",
        "教育部牵头，各地区各有关部门按职责分工负责 | false | 教育部 | 各地区;各有关部门 |",
        "国家发展改革委、财政部等和各省级人民政府按职责分工负责 | true | 国家发展改革委 | 财政部;各省级人民政府 |",
        "市场监管总局牵头，国务院相关部门及各地区按职责分工负责 | false | 市场监管总局 | 国务院相关部门;各地区 |",
    })
    void notesSayWhoLeadsWhoAssistsAndByWhen(String note, boolean firstListedLeads, String lead, String assist, String deadline) {
        InlineMeasures.Assignment assignment = InlineMeasures.note(note, departments).assignment(firstListedLeads);
        assertThat(assignment.lead()).containsExactly(units(lead));
        assertThat(assignment.assist()).containsExactly(units(assist));
        assertThat(assignment.deadline()).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "此件公开发布",
        "以下简称外综服企业，下同",
        "2024年底前",
        "排在第一位的部门为牵头部门",
    })
    void notesThatNameNoUnitAreNoMeasure(String note) {
        assertThat(InlineMeasures.note(note, departments)).isNull();
    }

    private static void assertMeasure(List<Measure> measures, String task, String lead, String assist, String deadline) {
        Measure measure = measures.stream().filter(m -> m.task().equals(task)).findFirst().orElseThrow();
        assertThat(measure.leadDepts()).as("牵头部门").containsExactly(units(lead));
        assertThat(measure.assistDepts()).as("协助部门").containsExactly(units(assist));
        if (deadline == null) {
            assertThat(measure.deadline().kind()).isEqualTo(Deadline.Kind.NONE);
        } else if (deadline.equals("ONGOING")) {
            assertThat(measure.deadline().kind()).isEqualTo(Deadline.Kind.ONGOING);
        } else {
            assertThat(measure.deadline().due()).isEqualTo(LocalDate.parse(deadline));
        }
    }

    /** The units of a table cell, separated by semicolons; an empty cell has none. */
    private static String[] units(String cell) {
        return cell == null ? new String[0] : Arrays.stream(cell.split(";")).map(String::strip).toArray(String[]::new);
    }
}
