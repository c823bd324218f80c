package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;
import cn.policyportal.snapshot.Snapshots;

/** Search quality on the judged query set, against the committed figures and the baseline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQualityTest {

    private static final Path JUDGED = Path.of("src/test/resources/eval/judged-queries.tsv");
    private static final Path FIGURES = Path.of("src/test/resources/eval/committed-figures.properties");

    @TempDir
    static Path dir;

    private Snapshots snapshots;
    private SearchService search;

    @BeforeAll
    void index() throws IOException {
        snapshots = new Snapshots(Seeds.indexed(dir));
        search = new SearchService(snapshots);
    }

    @AfterAll
    void close() throws IOException {
        snapshots.close();
    }

    private SearchResult search(String query) throws IOException {
        return search.search(new SearchRequest(query, Map.of(), 1, 10, SearchRequest.Sort.RELEVANCE));
    }

    /**
     * A hit names at most four units, best first, and the colophon only when nothing else matched:
     * 抄送 is in the colophon of the 协作配合 rules (抄送：中央纪委…) and in its 第十三条.
     */
    @Test
    void aHitNamesItsBestUnitsAndTheColophonOnlyWhenNothingElseMatches() throws IOException {
        SearchHit rules = search("抄送").hits().stream()
                .filter(h -> h.document().path().equals(Seeds.INSPECTION_RULES.fileName())).findFirst().orElseThrow();
        assertThat(rules.unit().label()).isEqualTo("第十三条");
        assertThat(rules.moreUnits()).extracting(u -> u.unit().label()).doesNotContainNull();

        SearchHit colophonOnly = search("国家监委").hits().stream()
                .filter(h -> h.document().path().equals(Seeds.INSPECTION_RULES.fileName())).findFirst().orElseThrow();
        assertThat(colophonOnly.unit()).as("the colophon, the only unit that matches").isNotNull();
        assertThat(colophonOnly.snippet()).contains("抄送");

        SearchHit many = search("巡视").hits().stream()
                .filter(h -> h.document().path().equals(Seeds.INSPECTION_RULES.fileName())).findFirst().orElseThrow();
        assertThat(many.moreUnits()).as("the best unit and three more").hasSize(3);
        assertThat(many.moreUnits()).extracting(u -> u.unit().path()).doesNotHaveDuplicates()
                .doesNotContain(many.unit().path());
    }

    @Test
    void theJudgedSetHasAtLeastSixtyQueriesOverEveryDocument() throws IOException {
        List<Evaluation.Judgment> judgments = Evaluation.read(JUDGED);
        assertThat(judgments).hasSizeGreaterThanOrEqualTo(60);
        assertThat(judgments.stream().map(Evaluation.Judgment::path).distinct())
                .containsExactlyInAnyOrderElementsOf(Seeds.list().stream().map(Seeds::fileName).toList());
    }

    @Test
    void recallAndMrrMeetTheTargetsTheCommittedFiguresAndBeatTheBaseline() throws IOException {
        List<Evaluation.Judgment> judgments = Evaluation.read(JUDGED);
        Evaluation.Scores full = Evaluation.run(search, judgments, SearchRequest.Analysis.FULL);
        Evaluation.Scores baseline = Evaluation.run(search, judgments, SearchRequest.Analysis.WORDS);
        Properties committed = new Properties();
        try (Reader in = Files.newBufferedReader(FIGURES, StandardCharsets.UTF_8)) {
            committed.load(in);
        }
        assertThat(full.misses()).as("judged queries missed").isEmpty();
        assertThat(full.recallAt10()).isGreaterThanOrEqualTo(0.95)
                .isGreaterThanOrEqualTo(Double.parseDouble(committed.getProperty("recall_at_10")))
                .isGreaterThan(baseline.recallAt10());
        assertThat(full.mrr()).isGreaterThanOrEqualTo(0.8)
                .isGreaterThanOrEqualTo(Double.parseDouble(committed.getProperty("mrr")))
                .isGreaterThan(baseline.mrr());
        assertThat(full.ndcgAt10()).isGreaterThan(baseline.ndcgAt10());
    }

    @Test
    void aSnippetWhoseMatchIsAHeadingAloneRunsOnIntoTheTextAfterIt() throws IOException {
        SearchResult result = search("第十六条");
        assertThat(result.hits()).filteredOn(h -> h.document().path().equals(Seeds.SUPERVISION_RULES.fileName()))
                .singleElement().satisfies(h -> assertThat(h.snippet())
                        .startsWith("<mark>第十六条</mark>").contains("各分院分党组要做好本单位、本系统党建工作督查"));
        SearchResult sentence = search("问题线索");
        assertThat(sentence.hits()).allSatisfy(h -> assertThat(h.snippet().length())
                .as("a passage stays near the passage length").isLessThan(2 * Snippets.PASSAGE_LENGTH + 100));
    }

    @Test
    void aPartOfAWordFindsTheWord() throws IOException {
        SearchResult result = search("人事");
        assertThat(result.hits()).anySatisfy(h -> assertThat(h.document().path()).isEqualTo(Seeds.WORK_PLAN.fileName()));
        SearchResult nested = search("科学院 督查");
        assertThat(nested.hits()).first().satisfies(h -> assertThat(h.document().path()).isEqualTo(Seeds.SUPERVISION_RULES.fileName()));
        assertThat(nested.hits().get(0).snippet()).contains("<mark>科学院</mark>");
    }

    @Test
    void anAbbreviationFindsADocumentThatOnlyUsesTheFullName() throws IOException {
        assertThat(Files.readString(Seeds.SUPERVISION_RULES.path())).doesNotContain("中科院");
        assertThat(search("中科院").hits()).anySatisfy(h -> assertThat(h.document().path()).isEqualTo(Seeds.SUPERVISION_RULES.fileName()));
        assertThat(search("中科院 督查").hits()).anySatisfy(h -> {
            assertThat(h.document().path()).isEqualTo(Seeds.SUPERVISION_RULES.fileName());
            assertThat(h.snippet()).contains("<mark>中国科学院</mark>");
        });
    }

    @Test
    void theAbbreviationADocumentDefinesFindsTheParagraphWithTheFullForm() throws IOException {
        SearchHit hit = search("巡视办 统一部署").hits().get(0);
        assertThat(hit.document().path()).isEqualTo(Seeds.INSPECTION_RULES.fileName());
        assertThat(hit.unit().path()).isEqualTo("ch1/a3");
        assertThat(hit.snippet()).contains("<mark>院党组巡视工作领导小组办公室</mark>");
    }

    @Test
    void traditionalCharactersFindSimplifiedText() throws IOException {
        SearchResult result = search("巡視整改");
        assertThat(result.total()).isEqualTo(search("巡视整改").total()).isPositive();
        assertThat(result.hits().get(0).snippet()).contains("<mark>巡视整改</mark>");
    }

    @Test
    void fullWidthLettersAndDigitsFindHalfWidthText() throws IOException {
        assertThat(search("ＣＡＳＡＤ").total()).isEqualTo(search("CASAD").total()).isPositive();
        assertThat(search("２４７项").total()).isPositive();
    }

    @Test
    void oneCharacterQueriesWork() throws IOException {
        assertThat(search("疫").hits()).anySatisfy(h -> assertThat(h.document().path()).isEqualTo(Seeds.MOST_REPORT.fileName()));
    }

    @Test
    void anArticleTypedWithArabicNumeralsFindsTheChineseNumberedArticle() throws IOException {
        SearchHit first = search("第16条 问题线索").hits().get(0);
        assertThat(first.unit().label()).isEqualTo("第十六条");
    }

    @Test
    void wordsAreAndedOrAlternativesExcludedAndPhrasesExact() throws IOException {
        long both = search("疫苗 巡视整改").total();
        assertThat(both).isEqualTo(search("\"疫苗\" \"巡视整改\"").total());
        assertThat(search("疫苗 OR 督查").total()).isGreaterThan(search("疫苗").total());
        assertThat(search("巡视 -疫苗").hits()).noneSatisfy(h -> assertThat(h.document().path()).isEqualTo(Seeds.MOST_REPORT.fileName()));
        assertThat(search("\"问题线索办理\"").total()).isEqualTo(2);
        assertThat(search("\"线索问题\"").total()).isZero();
    }

    @Test
    void filtersTypedInTheQuery() throws IOException {
        SearchResult rules = search("巡视 type:办法");
        assertThat(rules.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.document().type()).isEqualTo("办法"));
        assertThat(search("督查 year:2021").hits()).allSatisfy(h -> assertThat(h.document().date()).startsWith("2021"));
        assertThat(search("title:督查").hits()).singleElement()
                .satisfies(h -> assertThat(h.document().path()).isEqualTo(Seeds.SUPERVISION_RULES.fileName()));
        assertThat(search("dept:人事局").hits()).singleElement()
                .satisfies(h -> assertThat(h.document().path()).isEqualTo(Seeds.WORK_PLAN.fileName()));
        assertThat(search("院士").facets().get("dept")).containsEntry("人事局", 1L);
    }

    @Test
    void otherMatchingUnitsAreFoldedUnderTheBestOne() throws IOException {
        SearchHit hit = search("问题线索").hits().get(0);
        assertThat(hit.moreUnits()).isNotEmpty();
        assertThat(hit.moreUnits()).extracting(u -> u.unit().path()).doesNotContain(hit.unit().path());
    }

    @Test
    void aQueryThatFindsNothingSuggestsWhatWould() throws IOException {
        SearchResult none = search("巡视整改 独角兽");
        assertThat(none.total()).isZero();
        assertThat(none.didYouMean()).isEqualTo("巡视整改");
        SearchResult typo = search("巡视工作写作配合");
        assertThat(typo.total()).isZero();
        assertThat(typo.suggestions()).first().isEqualTo("中共中国科学院党组巡视工作协作配合实施办法（试行）");
    }

    @Test
    void sortByDateIsNewestFirst() throws IOException {
        List<String> dates = search.search(new SearchRequest("巡视", Map.of(), 1, 10, SearchRequest.Sort.DATE))
                .hits().stream().map(h -> h.document().date()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
