package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.structure.DocumentStructure;

/** The clause a search box query names, taken from the document the search ranks best. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClauseResolverTest {

    @TempDir
    static Path dir;

    private SearchService search;

    @BeforeAll
    void index() throws IOException {
        search = new SearchService(Seeds.indexed(dir));
    }

    @AfterAll
    void close() throws IOException {
        search.close();
    }

    @Test
    void withoutPreferenceTheNewestDocumentWithTheArticleAnswersAsResolveListsItFirst() throws IOException {
        ClauseQuery query = ClauseQuery.parse("第十六条").orElseThrow();
        Optional<ClauseAnswer.Match> first = first(query, List.of());
        assertThat(first).map(m -> m.document().path()).contains(Seeds.SUPERVISION_RULES.fileName());
        ClauseAnswer all = search.withCatalog(cat -> new ClauseResolver(cat).resolve(query));
        assertThat(all.matches()).hasSizeGreaterThan(1);
        assertThat(first.orElseThrow().document()).isEqualTo(all.matches().get(0).document());
    }

    @Test
    void theBestRankedDocumentThatHasTheArticleWins() throws IOException {
        ClauseQuery query = ClauseQuery.parse("第十六条").orElseThrow();
        Optional<ClauseAnswer.Match> first = first(query, List.of(Seeds.CAS_REPORT, Seeds.INSPECTION_RULES));
        assertThat(first).map(m -> m.document().path()).contains(Seeds.INSPECTION_RULES.fileName());
        assertThat(first).map(m -> m.unit().label()).contains("第十六条");
    }

    @Test
    void aNamedTitleIsNotOverruledByTheRanking() throws IOException {
        Optional<ClauseAnswer.Match> first = first(ClauseQuery.parse("党建工作督查实施办法第十六条").orElseThrow(),
                List.of(Seeds.INSPECTION_RULES));
        assertThat(first).map(m -> m.document().path()).contains(Seeds.SUPERVISION_RULES.fileName());
    }

    @Test
    void anArticleNoDocumentHasGivesNothing() throws IOException {
        assertThat(first(ClauseQuery.parse("第九十九条").orElseThrow(), List.of(Seeds.INSPECTION_RULES))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Seeds.class, names = {"INSPECTION_RULES", "SUPERVISION_RULES"})
    void everyArticleLookedUpInTheIndexIsTheOneTheParsedStructureNames(Seeds seed) throws IOException {
        search.withCatalog(cat -> {
            DocumentInfo doc = cat.info(DocumentIds.forPath(seed.fileName()));
            DocumentStructure structure = cat.stored(doc.docId()).structure();
            assertThat(structure.articles()).hasSizeGreaterThan(10);
            for (DocumentStructure.Located article : structure.articles()) {
                DocumentStructure.Located expected = structure
                        .article(article.unit().number(), article.unit().subNumber()).orElseThrow();
                Optional<ClauseAnswer.Match> indexed = cat.article(doc, article.unit().number(), article.unit().subNumber());
                assertThat(indexed).map(ClauseAnswer.Match::unit).contains(UnitRef.of(expected));
                assertThat(indexed).map(ClauseAnswer.Match::text).contains(expected.unit().text());
            }
            return null;
        });
    }

    private Optional<ClauseAnswer.Match> first(ClauseQuery query, List<Seeds> preferred) throws IOException {
        return search.withCatalog(cat -> new ClauseResolver(cat).first(query, preferred.stream()
                .map(seed -> cat.info(DocumentIds.forPath(seed.fileName()))).toList()));
    }
}
