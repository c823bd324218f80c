package cn.policyportal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "一, 1", "二, 2", "九, 9", "十, 10", "十一, 11", "十六, 16", "二十, 20", "二十七, 27", "九十九, 99",
        "一百, 100", "一百零三, 103", "一百一十, 110", "一百二十, 120", "二百零五, 205", "三百, 300",
        "一千, 1000", "一千零一, 1001", "一千二百六十, 1260", "两, 2", "两百, 200", "〇, 0", "零, 0",
        "16, 16", "１６, 16", "1260, 1260", "一万零五, 10005",
    })
    void parsesTheFormsDocumentsUse(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "条", "十十", "三三", "百千", "一二", "abc", "一百万亿"})
    void refusesWhatIsNotANumeral(String text) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(OptionalInt.empty());
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource({"十六, 16", "十, 10", "一百零三, 103", "一百一十, 110", "一千二百六十, 1260", "二十, 20", "一千零一, 1001"})
    void formatsAsArticlesAreNumbered(String text, int value) {
        assertThat(ChineseNumerals.format(value)).isEqualTo(text);
    }

    @Test
    void formatAndParseRoundTripUpToTwentyThousand() {
        for (int n = 0; n <= 20_000; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).hasValue(n);
        }
    }
}
