package cn.policyportal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.policyportal.ingest.TextCleaner;
import cn.policyportal.text.ChineseNumerals;

/**
 * A regulation of 300 articles, generated with chapters, titled articles, 款 and 项, goes through
 * the cleaner and the parser; every article must come back by number with its exact text.
 */
class SyntheticRegulationTest {

    private static final int ARTICLES = 300;

    record Article(String title, String text) {
    }

    @Test
    void threeHundredArticlesRoundTrip() {
        Random random = new Random(300);
        Map<Integer, Article> expected = new LinkedHashMap<>();
        StringBuilder raw = new StringBuilder("某某管理条例\n\n");
        int chapter = 0;
        for (int n = 1; n <= ARTICLES; n++) {
            if (n % 25 == 1) {
                chapter++;
                raw.append("第").append(ChineseNumerals.format(chapter)).append("章 第").append(chapter).append("部分规定\n\n");
            }
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("本条规定事项" + n + "，有关单位应当依照执行" + "。");
            if (random.nextInt(4) == 0) {
                paragraphs.add("前款所称事项包括下列情形：");
                int items = 1 + random.nextInt(4);
                for (int i = 1; i <= items; i++) {
                    paragraphs.add("（" + ChineseNumerals.format(i) + "）第" + n + "条所列的情形" + i + "；");
                }
            }
            if (random.nextInt(5) == 0) {
                paragraphs.add("违反本条规定的，由主管部门责令改正。");
            }
            String title = random.nextInt(6) == 0 ? "事项" + ChineseNumerals.format(n) : null;
            String label = "第" + ChineseNumerals.format(n) + "条";
            if (title != null) {
                raw.append(label).append(" ").append(title).append("\n\n");
                paragraphs.forEach(p -> raw.append(p).append("\n\n"));
            } else {
                raw.append(label).append(" ").append(paragraphs.get(0)).append("\n\n");
                paragraphs.subList(1, paragraphs.size()).forEach(p -> raw.append(p).append("\n\n"));
            }
            expected.put(n, new Article(title, String.join("\n", paragraphs)));
        }

        DocumentStructure s = StructureParser.parse(TextCleaner.paragraphs(raw.toString()), null, Set.of());

        assertThat(s.articles()).hasSize(ARTICLES);
        assertThat(s.find(u -> u.kind() == UnitKind.CHAPTER)).hasSize(12);
        expected.forEach((n, article) -> {
            Unit unit = s.article(n, 0).orElseThrow().unit();
            assertThat(unit.label()).isEqualTo("第" + ChineseNumerals.format(n) + "条");
            assertThat(unit.title()).as("title of article " + n).isEqualTo(article.title());
            assertThat(unit.text()).as("text of article " + n).isEqualTo(article.text());
        });
        Unit withItems = s.articles().stream().map(DocumentStructure.Located::unit)
                .filter(u -> u.text().contains("（一）")).findFirst().orElseThrow();
        assertThat(withItems.children().get(1).children()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.kind()).isEqualTo(UnitKind.ITEM));
    }

    @Test
    void articlesWithSubNumbersAreUnitsOfTheirOwn() {
        List<String> paragraphs = List.of("第一条 总则内容。", "第二条 第二条内容。", "第二条之一 新增的条文内容。", "第三条 第三条内容。");
        DocumentStructure s = StructureParser.parse(paragraphs, null, Set.of());
        assertThat(s.articles()).hasSize(4);
        Unit added = s.article(2, 1).orElseThrow().unit();
        assertThat(added.label()).isEqualTo("第二条之一");
        assertThat(added.path()).isEqualTo("a2-1");
        assertThat(added.text()).isEqualTo("新增的条文内容。");
    }
}
