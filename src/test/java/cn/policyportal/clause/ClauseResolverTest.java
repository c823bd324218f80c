package cn.policyportal.clause;

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
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.StoredDocuments;
import cn.policyportal.index.UnitRef;
import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.snapshot.Snapshots;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.versions.Validities;

/** The clause a search box query names, taken from the document the search ranks best. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClauseResolverTest {

    @TempDir
    static Path dir;

    private Snapshots snapshots;

    @BeforeAll
    void index() throws IOException {
        snapshots = new Snapshots(Seeds.indexed(dir));
    }

    @AfterAll
    void close() throws IOException {
        snapshots.close();
    }

    @Test
    void withoutPreferenceTheNewestDocumentWithTheArticleAnswersAsResolveListsItFirst() throws IOException {
        ClauseQuery query = ClauseQuery.parse("第十六条").orElseThrow();
        Optional<ClauseAnswer.Match> first = first(query, List.of());
        assertThat(first).map(m -> m.document().path()).contains(Seeds.SUPERVISION_RULES.fileName());
        ClauseAnswer all = snapshots.read(s -> new ClauseResolver(s, Validities.TEXT_ONLY).resolve(query));
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
        snapshots.read(s -> {
            DocumentInfo doc = s.info(DocumentIds.forPath(seed.fileName()));
            DocumentStructure structure = s.stored(doc.docId()).structure();
            assertThat(structure.articles()).hasSizeGreaterThan(10);
            for (DocumentStructure.Located article : structure.articles()) {
                DocumentStructure.Located expected = structure
                        .article(article.unit().number(), article.unit().subNumber()).orElseThrow();
                StoredDocuments.ArticleUnit indexed = StoredDocuments.article(s.searcher(), doc.docId(),
                        article.unit().number(), article.unit().subNumber());
                assertThat(indexed.ref()).isEqualTo(UnitRef.of(expected));
                assertThat(indexed.text()).isEqualTo(expected.unit().text());
            }
            return null;
        });
    }

    private Optional<ClauseAnswer.Match> first(ClauseQuery query, List<Seeds> preferred) throws IOException {
        return snapshots.read(s -> new ClauseResolver(s, Validities.TEXT_ONLY).first(query, preferred.stream()
                .map(seed -> s.info(DocumentIds.forPath(seed.fileName()))).toList()));
    }
}
