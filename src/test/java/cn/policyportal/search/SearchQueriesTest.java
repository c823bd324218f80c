package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.policyportal.index.Analyzers;

class SearchQueriesTest {

    /**
     * A text whose characters are required may lose no match its dictionary words would find:
     * 165项 once lost the report that says 165项整改举措 (its bigrams are 项整, never 项 alone).
     */
    @ParameterizedTest
    @CsvSource({
            "巡视整改, true",
            "问题线索, true",
            "人事局, true",
            "巡視整改, true",
            "法, true",
            "165项, false",
            "巡视，整改, false",
            "ABC, false",
            "第16条, false",
    })
    void charactersAreRequiredOnlyWhenTheWordsSpellOutAChineseText(String text, boolean required) {
        assertThat(SearchQueries.spelledOutInHan(text, SearchQueries.analyze(Analyzers.words(), text)))
                .isEqualTo(required);
    }
}
