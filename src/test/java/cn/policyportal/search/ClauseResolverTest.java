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

import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentIds;

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

    private Optional<ClauseAnswer.Match> first(ClauseQuery query, List<Seeds> preferred) throws IOException {
        return search.withCatalog(cat -> new ClauseResolver(cat).first(query, preferred.stream()
                .map(seed -> cat.info(DocumentIds.forPath(seed.fileName()))).toList()));
    }
}
