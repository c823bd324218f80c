package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.versions.ValidityStatus;

/** A question asked without a place is answered by the rule that holds everywhere, as it stands. */
class QuestionPriorsTest {

    private static final DocumentInfo NATIONAL = info("n", null);
    private static final DocumentInfo SHANGHAI = info("s", "上海市");
    private static final DocumentInfo OLD_NATIONAL = info("o", null);
    private static final Map<String, ValidityStatus> STATUSES = Map.of("n", ValidityStatus.IN_FORCE,
            "s", ValidityStatus.IN_FORCE, "o", ValidityStatus.AMENDED);

    @Test
    void aLocalRuleCountsLessWhenTheQuestionNamesNoPlace() {
        QuestionPriors priors = new QuestionPriors(List.of(), STATUSES, false);
        assertThat(priors.weight(NATIONAL)).isEqualTo(1.0);
        assertThat(priors.weight(SHANGHAI)).isEqualTo(QuestionPriors.ELSEWHERE).isLessThan(1.0);
    }

    @Test
    void aLocalRuleCountsInFullWhenTheQuestionNamesItsPlace() {
        QuestionPriors priors = new QuestionPriors(List.of("上海市"), STATUSES, false);
        assertThat(priors.weight(SHANGHAI)).isEqualTo(1.0);
        assertThat(new QuestionPriors(List.of("北京市"), STATUSES, false).weight(SHANGHAI))
                .isEqualTo(QuestionPriors.ELSEWHERE);
    }

    @Test
    void anAmendedVersionCountsLessUnlessAValidityWasAskedFor() {
        assertThat(new QuestionPriors(List.of(), STATUSES, false).weight(OLD_NATIONAL))
                .isEqualTo(QuestionPriors.SUPERSEDED).isLessThan(1.0);
        assertThat(new QuestionPriors(List.of(), STATUSES, true).weight(OLD_NATIONAL)).isEqualTo(1.0);
    }

    private static DocumentInfo info(String id, String place) {
        return new DocumentInfo(id, "标题" + id, null, null, null, null, null, null, id + ".txt", place, null);
    }
}
