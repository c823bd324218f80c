package cn.policyportal.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import cn.policyportal.Seeds;
import cn.policyportal.ingest.TextCleaner;
import cn.policyportal.measures.Deadline;
import cn.policyportal.measures.Deadlines;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.StructureParser;
import cn.policyportal.text.ChineseNumerals;

/**
 * Properties of the parsers every file goes through, checked on generated text built from the
 * pieces real documents are made of: they never throw, never lose a Chinese character, round-trip.
 */
class ParserPropertiesTest {

    private static final List<String> PIECES = List.of("巡视", "整改", "问题线索", "中国科学院", "督查", "，", "。", "；", "：",
            "、", "（", "）", "《", "》", "“", "”", " ", "  ", "\n", "\n\n", "\u3000", "第一条 ", "第十六条", "第二章 ",
            "一、", "（一）", "1.", "（1）", "一是", "牵头部门：", "时间期限：", "2021年9月底前", "（上接第一版）",
            "[bookmark: _Hlk74669863]", "CASAD APP", "2020", "- 3 -", "科 技 部", "繁體字", "ＡＢＣ", "\t", "<script>");

    @Provide
    Arbitrary<String> documentText() {
        return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(120).map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void cleaningNeverThrowsAndKeepsEveryChineseCharacter(@ForAll("documentText") String raw) {
        Map<String, Integer> lines = new HashMap<>();
        raw.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> lines.merge(l, 1, Integer::sum));
        Assume.that(lines.values().stream().allMatch(n -> n < 3));
        List<String> paragraphs = TextCleaner.paragraphs(raw);
        String expected = Seeds.hanCharacters(TextCleaner.PAGE_JOIN.matcher(raw).replaceAll(""));
        assertThat(Seeds.hanCharacters(String.join("", paragraphs))).isEqualTo(expected);
        assertThat(paragraphs).noneMatch(String::isBlank);
    }

    @Property(tries = 300)
    void structureNeverThrowsAndKeepsEveryChineseCharacter(@ForAll("documentText") String raw) {
        List<String> paragraphs = TextCleaner.paragraphs(raw);
        DocumentStructure structure = StructureParser.parse(paragraphs, null, Set.of());
        StringBuilder all = new StringBuilder();
        structure.flatten().forEach(l -> {
            all.append(l.unit().heading());
            l.unit().paragraphs().forEach(all::append);
        });
        String units = Seeds.hanCharacters(all.toString());
        for (String p : paragraphs) {
            assertThat(units).contains(Seeds.hanCharacters(p));
        }
    }

    @Property(tries = 1000)
    void numeralsRoundTrip(@ForAll @IntRange(min = 0, max = 99_999) int n) {
        assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).hasValue(n);
        assertThat(ChineseNumerals.parse(String.valueOf(n))).hasValue(n);
    }

    @Property(tries = 500)
    void numeralParsingNeverThrows(@ForAll("documentText") String text) {
        ChineseNumerals.parse(text);
        ChineseNumerals.parse(text.length() > 6 ? text.substring(0, 6) : text);
    }

    @Property(tries = 500)
    void deadlinesNeverThrowAndDueIsTheFirstMilestone(@ForAll("documentText") String text) {
        Deadline deadline = Deadlines.parse(text);
        assertThat(deadline.due()).isEqualTo(deadline.milestones().isEmpty() ? null : deadline.milestones().get(0));
        assertThat(deadline.milestones()).doesNotHaveDuplicates();
        if (text.isBlank()) {
            assertThat(deadline.kind()).isEqualTo(Deadline.Kind.NONE);
        }
    }
}
