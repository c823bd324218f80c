package cn.policyportal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one pattern of 第X条之Y / 第X章 as tables. A found reference is written compactly as its level,
 * number and 之 number with where it stands ({@code 条16@5-9}, {@code 条307之1@0-8}), so that a
 * row states everything the method returns.
 */
class ArticleRefTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        article inside a sentence               | 依照本办法第十六条的规定       | 条16@5-9
        chapter                                 | 第四章 整改督办               | 章4@0-3
        part                                    | 第二编 分则                   | 编2@0-3
        section in Arabic digits                | 第3节 一般规定                | 节3@0-3
        之一 after an article                   | 刑法第三百零七条之一           | 条307之1@2-10
        之 in Arabic digits                     | 第16条之2                    | 条16之2@0-6
        full-width digits                       | 第１６条                      | 条16@0-4
        Arabic digits                           | 依据第20条处理                | 条20@2-6
        两 and 零                               | 第一百零二条和第两百条          | 条102@0-6; 条200@7-11
        chapter then article                    | 第四章第十六条                | 章4@0-3; 条16@3-7
        list of articles                        | 第十条、第十一条              | 条10@0-3; 条11@4-8
        amendment note cites an article         | 第三十一条的决定》第一次修正     | 条31@0-5
        numeral that is no number passed over   | 第十十条和第五条               | 条5@5-8
        ordinal that names no level             | 第一次会议和第二批名单          | ''
        no reference                            | 本办法自印发之日起施行          | ''
        """)
    void findAllFindsEveryReferenceWithItsPosition(String name, String text, String expected) {
        assertThat(render(ArticleRef.findAll(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        article at the start                   | 第十六条规定的事项            | 条16@0-4
        chapter at the start                   | 第四章整改督办               | 章4@0-3
        reference not at the start             | 依照第十六条                 | ''
        a citation still leads                 | 第十条、第十一条              | 条10@0-3
        ordinal that names no level            | 第一次会议                   | ''
        """)
    void leadingIsTheReferenceATextStartsWith(String name, String text, String expected) {
        assertThat(render(ArticleRef.leading(text).stream().toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        article with a title                   | 第十六条 整改督办             | 条16@0-4
        article and its text without a space   | 第十六条巡视办负责督办         | 条16@0-4
        article label alone                    | 第十六条                     | 条16@0-4
        article 之一                           | 第十条之一 国家实行备案制度     | 条10之1@0-5
        chapter                                | 第四章 整改督办               | 章4@0-3
        amendment note 的决定》                  | 第三十一条的决定》第一次修正     | ''
        list of articles 、                     | 第十条、第十一条规定的情形除外   | ''
        cited before a comma                   | 第十条，第十一条               | ''
        cited before 》                         | 第十条》                      | ''
        cited before a closing bracket         | 第十条）                      | ''
        cited before a full stop               | 第十条。                      | ''
        cited before ；                         | 第十条；                      | ''
        reference not at the start             | 依照第十条                    | ''
        """)
    void headingIsALeadingReferenceThatIsNotACitation(String name, String paragraph, String expected) {
        assertThat(render(ArticleRef.heading(paragraph).stream().toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        article                                | 第十六条         | 条16
        spaces inside                          | 第 9 条          | 条9
        spaces around every character          | ' 第 十 条 之 一 ' | 条10之1
        chapter                                | 第四章           | 章4
        full-width digits                      | 第１６条          | 条16
        zero is read; callers refuse number 0  | 第0条            | 条0
        text after the reference               | 第十六条规定       | ''
        text before the reference              | 办法第十六条       | ''
        numeral that is no number              | 第十十条          | ''
        garbage                                | abc             | ''
        empty                                  | ''              | ''
        null                                   |                 | ''
        """)
    void parseReadsTheWholeTextAsOneReference(String name, String text, String expected) {
        assertThat(render(ArticleRef.parse(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Arabic                                 | 16         | 条16
        Chinese                                | 十六        | 条16
        full label                             | 第十六条     | 条16
        hyphen for 之                           | 16-1       | 条16之1
        Chinese with 之                         | 十六之一     | 条16之1
        label with Arabic 之                    | 第16条之2    | 条16之2
        spaces                                 | ' 1 6 '    | 条16
        a chapter is no article number         | 第四章       | ''
        hyphen without a sub number            | 16-        | ''
        letter                                 | x          | ''
        empty                                  | ''         | ''
        null                                   |            | ''
        """)
    void parseArticleNumberTakesTheFormsOfAUrlOrABox(String name, String text, String expected) {
        assertThat(render(ArticleRef.parseArticleNumber(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        条 | 16  | 0 | 第十六条
        条 | 10  | 0 | 第十条
        条 | 20  | 0 | 第二十条
        条 | 110 | 0 | 第一百一十条
        条 | 307 | 1 | 第三百零七条之一
        条 | 16  | 2 | 第十六条之二
        章 | 4   | 0 | 第四章
        节 | 3   | 0 | 第三节
        编 | 2   | 0 | 第二编
        """)
    void labelIsHowADocumentNumbersTheDivision(char level, int number, int sub, String label) {
        assertThat(new ArticleRef(level, number, sub).label()).isEqualTo(label);
        assertThat(ArticleRef.label(level, number, sub)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        之一 between its article and the next   | 第十一条,第十条之一,第十条             | 第十条,第十条之一,第十一条
        之二 after 之一                          | 第十条之二,第十条之一,第十条            | 第十条,第十条之一,第十条之二
        之十 before the next article            | 第十一条,第十条之十,第十条之九          | 第十条之九,第十条之十,第十一条
        numbers, not their characters          | 第一百条,第九十九条之九,第二十条,第三条  | 第三条,第二十条,第九十九条之九,第一百条
        """)
    void sortKeyOrdersArticlesAsADocumentDoes(String name, String labels, String ordered) {
        String sorted = Arrays.stream(labels.split(","))
                .map(label -> ArticleRef.parse(label).orElseThrow())
                .sorted(Comparator.comparingLong(ArticleRef::sortKey))
                .map(ArticleRef::label)
                .collect(Collectors.joining(","));
        assertThat(sorted).isEqualTo(ordered);
    }

    private static String render(List<ArticleRef.Found> found) {
        return found.stream().map(f -> render(f.ref()) + "@" + f.start() + "-" + f.end())
                .collect(Collectors.joining("; "));
    }

    private static String render(Optional<ArticleRef> ref) {
        return ref.map(ArticleRefTest::render).orElse("");
    }

    private static String render(ArticleRef ref) {
        return "" + ref.level() + ref.number() + (ref.sub() > 0 ? "之" + ref.sub() : "");
    }
}
