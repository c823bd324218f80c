package cn.policyportal.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitsTest {

    /** A date a file name adds is no part of the subject, so versions of a law share cached vectors. */
    @Test
    void theSubjectIsTheTitleWithoutTheDateOfAFileName() {
        assertThat(Units.subject("劳动法(2018-12-29)")).isEqualTo("《劳动法》");
        assertThat(Units.subject("中华人民共和国反家庭暴力法")).isEqualTo("《中华人民共和国反家庭暴力法》");
        assertThat(Units.subject(null)).isEmpty();
    }
}
