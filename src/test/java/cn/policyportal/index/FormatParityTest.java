package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.policyportal.FixtureFiles;
import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.measures.Departments;
import cn.policyportal.measures.Measure;
import cn.policyportal.measures.MeasureExtractor;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.Unit;

/**
 * One document, many files: a file LibreOffice saved from a text (as .docx or .doc, or printed to
 * PDF, in one, two or three columns, over 120 pages, under a running head, indented as a 公文) gives
 * the articles of the text, each with the same text, and the measures of the text, each with the
 * same text, lead departments and deadline; a 分工表 printed to PDF gives the measures of its Word
 * file. The seeds' PDFs hold articles of several unindented paragraphs whose lines end on a full stop
 * flush with the margin, where only the page's spacing tells a wrapped line from a paragraph's end.
 */
class FormatParityTest {

    private static final DocumentReader READER = new DocumentReader(10_000_000);

    static Stream<Arguments> pairs() {
        Path opinion = FixtureFiles.OPINION;
        Path code = FixtureFiles.LONG_CODE;
        Path table = FixtureFiles.PLAN_TABLE_DOC;
        Path wrappedTable = FixtureFiles.WRAPPED_PLAN_TABLE_DOCX;
        return Stream.of(
                Arguments.of(Seeds.SUPERVISION_RULES.path(), FixtureFiles.SUPERVISION_RULES_DOC),
                Arguments.of(Seeds.INSPECTION_RULES.path(), FixtureFiles.libreOfficePdf(Seeds.INSPECTION_RULES)),
                Arguments.of(Seeds.SUPERVISION_RULES.path(), FixtureFiles.libreOfficePdf(Seeds.SUPERVISION_RULES)),
                Arguments.of(Seeds.SUPERVISION_RULES.path(), FixtureFiles.SUPERVISION_RULES_THREE_COLUMNS_PDF),
                Arguments.of(Seeds.WORK_PLAN.path(), FixtureFiles.WORK_PLAN_WITH_RUNNING_HEADS_PDF),
                Arguments.of(Seeds.WORK_PLAN.path(), FixtureFiles.WORK_PLAN_INDENTED_PDF),
                Arguments.of(opinion, FixtureFiles.saved(opinion, ".docx")),
                Arguments.of(opinion, FixtureFiles.saved(opinion, ".doc")),
                Arguments.of(opinion, FixtureFiles.saved(opinion, ".pdf")),
                Arguments.of(opinion, FixtureFiles.saved(opinion, "（两栏）.pdf")),
                Arguments.of(code, FixtureFiles.saved(code, ".docx")),
                Arguments.of(code, FixtureFiles.saved(code, ".doc")),
                Arguments.of(code, FixtureFiles.saved(code, ".pdf")),
                Arguments.of(table, FixtureFiles.saved(table, ".docx")),
                Arguments.of(table, FixtureFiles.PLAN_TABLE_PDF),
                Arguments.of(wrappedTable, FixtureFiles.saved(wrappedTable, ".pdf")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pairs")
    void aSavedFileGivesTheArticlesAndMeasuresOfItsOriginal(Path original, Path saved) throws Exception {
        Parsed expected = Parsed.of(original);
        Parsed found = Parsed.of(saved);

        assertThat(found.articles()).containsExactlyEntriesOf(expected.articles());
        assertThat(found.measures()).containsExactlyElementsOf(expected.measures());
        assertThat(expected.articles().size() + expected.measures().size()).isPositive();
    }

    /** What the parity is about: each article's text by its label, and each measure's text, leads and deadline. */
    private record Parsed(Map<String, String> articles, List<String> measures) {

        static Parsed of(Path file) throws Exception {
            IngestedDocument doc = READER.read(file.getParent(), file);
            DocumentStructure structure = Structures.of(doc);
            Map<String, String> articles = new LinkedHashMap<>();
            for (DocumentStructure.Located located : structure.articles()) {
                Unit unit = located.unit();
                articles.merge(unit.label(), unit.text(), (a, b) -> a + "\n（重复）" + b);
            }
            List<String> measures = MeasureExtractor.of(doc.id(), structure, doc.paragraphs(), doc.tables(),
                    Departments.standard()).stream().map(Parsed::summary).toList();
            return new Parsed(articles, measures);
        }

        private static String summary(Measure m) {
            return String.join(" | ", m.text(), m.leadDepts().toString(), m.deadline().text(),
                    String.valueOf(m.deadline().due()));
        }
    }
}
