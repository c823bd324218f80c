package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;

/**
 * Seeds saved by a word processor (LibreOffice) as a PDF, whose lines it wraps at the page or
 * column width and whose curly quotes it draws apart, and as a Word 97-2003 file give the articles
 * of the seed they were made from.
 */
class WordProcessorFilesTest {

    private static final DocumentReader READER = new DocumentReader(10_000_000);

    static Stream<Arguments> savedSeeds() {
        return Stream.of(
                Arguments.of(Seeds.INSPECTION_RULES, FixtureFiles.libreOfficePdf(Seeds.INSPECTION_RULES), 90),
                Arguments.of(Seeds.SUPERVISION_RULES, FixtureFiles.libreOfficePdf(Seeds.SUPERVISION_RULES), 90),
                Arguments.of(Seeds.SUPERVISION_RULES, FixtureFiles.SUPERVISION_RULES_THREE_COLUMNS_PDF, 80),
                Arguments.of(Seeds.SUPERVISION_RULES, FixtureFiles.SUPERVISION_RULES_DOC, 100));
    }

    /**
     * Every article is found under its number, and most word for word: a wrapped line that happens
     * to end on a full stop at the column's edge cannot be told from a paragraph's end, and a narrow
     * column has more such lines.
     */
    @ParameterizedTest
    @MethodSource("savedSeeds")
    void aSavedSeedHasTheArticlesOfTheSeed(Seeds seed, Path saved, int wordForWordPercent) throws Exception {
        Map<String, String> expected = articles(seed.path());
        Map<String, String> found = articles(saved);

        assertThat(found.keySet()).containsExactlyElementsOf(expected.keySet());
        long wordForWord = found.entrySet().stream().filter(a -> a.getValue().equals(expected.get(a.getKey()))).count();
        assertThat(wordForWord * 100).as("articles word for word: %d of %d", wordForWord, expected.size())
                .isGreaterThanOrEqualTo((long) expected.size() * wordForWordPercent);
    }

    /** The text of each article by its label, in order. */
    static Map<String, String> articles(Path file) throws Exception {
        return articles(READER.read(file.getParent(), file));
    }

    /** The text of each article of {@code doc} by its label, in order. */
    static Map<String, String> articles(IngestedDocument doc) {
        List<Unit> units = Structures.of(doc).articles().stream()
                .map(DocumentStructure.Located::unit).toList();
        return units.stream().collect(Collectors.toMap(Unit::label, Unit::text, (a, b) -> a + "\n" + b,
                LinkedHashMap::new));
    }
}
