package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTest {

    private static Optional<Question> read(String query) {
        return Question.of(query, QueryText.parse(query));
    }

    /** Issue 19: each of these found nothing, since every word (的, 怎么办, 多久) had to occur. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "遭受家庭暴力可以向法院申请什么保护 | 遭受 家庭 暴力 法院 申请 保护",
            "劳动争议仲裁的时效是多久 | 劳动 争议 仲裁 时效",
            "孩子在学校被欺负学校有责任吗 | 孩子 学校 欺负 责任",
            "公司不给缴纳工伤保险怎么办 | 公司 不 缴纳 工伤 保险",
            "巡视整改 怎么 落实 | 巡视 整改 落实",
            "个体工商户的债务由谁承担 | 个体 工商户 债务 承担",
    })
    void aQuestionIsSearchedByItsContentWords(String query, String words) {
        assertThat(read(query)).map(q -> String.join(" ", q.words())).contains(words);
    }

    /** Keywords, operators, names, titles and article look-ups keep their exact AND meaning. */
    @ParameterizedTest
    @ValueSource(strings = {"巡视", "人事局 特聘研究岗位", "巡视工作协作配合实施办法第十六条", "\"问题线索\"",
            "巡视 -督查", "巡视 OR 督查", "title:督查", "不存在的词语组合", "《党建工作督查实施办法（试行）》",
            "2021年9月底前", "中共中国科学院党组关于巡视整改进展情况的通报", "什么 -督查", "劳动法第十条是什么"})
    void keywordsStayKeywords(String query) {
        assertThat(read(query)).isEmpty();
    }
}
