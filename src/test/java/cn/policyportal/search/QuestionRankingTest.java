package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class QuestionRankingTest {

    @Test
    void theShareOfWordsRequiredIsHalfRoundedUpAndAtLeastOne() {
        assertThat(List.of(1, 2, 3, 4, 5, 6)).extracting(QuestionRanking::required).containsExactly(1, 1, 2, 2, 3, 3);
    }

    /** 要交钱吗: 交 and 钱 score where they occur but a unit need not hold them (it may say 不收费). */
    @Test
    void singleCharactersDoNotCountTowardTheShareRequired() {
        assertThat(QuestionRanking.required(new Question(List.of("申请", "劳动", "仲裁", "交", "钱")))).isEqualTo(2);
        assertThat(QuestionRanking.required(new Question(List.of("交", "钱")))).isEqualTo(1);
    }

    /** Meaning leads; words lift a unit both find, and bring in one the vectors missed, below their best. */
    @Test
    void theCombinationLetsMeaningLeadAndWordsAddTheirOwnUnits() {
        List<ScoreDoc> meaning = List.of(new ScoreDoc(1, 0.90f), new ScoreDoc(2, 0.85f), new ScoreDoc(3, 0.70f));
        List<ScoreDoc> words = List.of(new ScoreDoc(2, 12f), new ScoreDoc(9, 6f));
        List<ScoreDoc> combined = QuestionRanking.combine(words, meaning);
        assertThat(combined).extracting(sd -> sd.doc).containsExactly(2, 1, 9, 3);
        assertThat(combined.get(0).score).isEqualTo(0.75f + QuestionRanking.WORDS_WEIGHT, org.assertj.core.data.Offset.offset(1e-4f));
    }
}
