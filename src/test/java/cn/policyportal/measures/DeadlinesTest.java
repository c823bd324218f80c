package cn.policyportal.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every 时间期限 of the seed plan, and the forms the issue names, with the dates they normalise to. */
class DeadlinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2021年9月底前完成。 | DATE | 2021-09-30",
        "2021年年底前完成。 | DATE | 2021-12-31",
        "2021年底前 | DATE | 2021-12-31",
        "2022年3月底前完成。 | DATE | 2022-03-31",
        "2022年6月底前完成。 | DATE | 2022-06-30",
        "2021年8月底前完成。 | DATE | 2021-08-31",
        "2021年10月底前完成。 | DATE | 2021-10-31",
        "2022年年底前完成。 | DATE | 2022-12-31",
        "2021年年底前启动首批试点。 | DATE | 2021-12-31",
        "“十四五”末 | DATE | 2025-12-31",
        "持续推进。 | ONGOING | ",
        "长期坚持 | ONGOING | ",
        "2021年年底前完成，并长期坚持完善。 | ONGOING | 2021-12-31",
        "2022年年底前完成，并长期坚持完善。 | ONGOING | 2022-12-31",
        "持续推进。2021年底前完成编撰出版《百位著名科学家入党志愿书》图书，以及推出《我志愿》短视频。2022年底前建成我院老科学家故事数据库并不断更新。 | ONGOING | 2021-12-31,2022-12-31",
        "持续推进。2021年底，建成弘扬科学家精神示范基地或科学家精神教育基地不少于5个；2022年年底前，建成弘扬科学家精神示范基地或科学家精神教育基地不少于20个。 | ONGOING | 2021-12-31,2022-12-31",
        "持续推进。2021年底，举办科学家精神系列报告会不少于15场；2022年年底前，举办科学家精神系列报告会合计不少于30场。 | ONGOING | 2021-12-31,2022-12-31",
        "持续推进。每年评选产生中科院年度人物和年度团队。 | ONGOING | ",
        "从2021年开始每年部署，并将紧扣国家重大需求持续推进。2021年已部署的重大咨询项目取得阶段性成果。 | RECURRING | ",
        "按照国家有关部门工作推进进度。 | UNSPECIFIED | ",
        "配合国家相关部门，2021年年底前出台深化院士制度改革的意见；2023年，改革后的制度规范基本健全并全面落地执行。 | DATE | 2021-12-31,2023-12-31",
        "2021年底前完成一批先导专项的遴选策划，在“十四五”期间，持续推进先导专项的组织实施。 | ONGOING | 2021-12-31,2025-12-31",
        "2021年年底前组织完成“使命导向”的研究所“十四五”规划编制工作，并按要求进行过程监测、动态调整，“十四五”末进行评估验收。 | DATE | 2021-12-31,2025-12-31",
        "2021年年底前完成科技部攻关任务推荐，之后根据各主管部门确定的时间节点推荐攻关项目并长期坚持。 | ONGOING | 2021-12-31",
        "2022年上半年 | DATE | 2022-06-30",
        "2022年第三季度 | DATE | 2022-09-30",
        "2021年12月15日前 | DATE | 2021-12-15",
    })
    void normalisesEveryForm(String text, Deadline.Kind kind, String dates) {
        Deadline deadline = Deadlines.parse(text);
        List<LocalDate> expected = dates == null ? List.of()
                : Arrays.stream(dates.split(",")).map(String::strip).map(LocalDate::parse).toList();
        assertThat(deadline.text()).isEqualTo(text.strip());
        assertThat(deadline.kind()).isEqualTo(kind);
        assertThat(deadline.milestones()).isEqualTo(expected);
        assertThat(deadline.due()).isEqualTo(expected.isEmpty() ? null : expected.get(0));
    }

    @Test
    void aMissingDeadlineIsNone() {
        assertThat(Deadlines.parse(null)).isEqualTo(Deadline.NONE);
        assertThat(Deadlines.parse("  ").kind()).isEqualTo(Deadline.Kind.NONE);
        assertThat(Deadline.NONE.due()).isNull();
    }

    @Test
    void anImpossibleDateNamesNoMilestone() {
        Deadline impossible = Deadlines.parse("2021年2月30日前完成");
        assertThat(impossible.milestones()).isEmpty();
        assertThat(impossible.kind()).isEqualTo(Deadline.Kind.UNSPECIFIED);
    }
}
