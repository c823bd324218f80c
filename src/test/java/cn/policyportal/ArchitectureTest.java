package cn.policyportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The layout the README promises, checked over the sources: rooms of a fair size, each saying what
 * it holds, dependencies in one direction, the article-number form written once, and no feature
 * parsing at request time what the indexer parsed and stored.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/cn/policyportal");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?cn\\.policyportal\\.(\\w+)\\.", Pattern.MULTILINE);

    /** What each package may import from the project: the floors below it, and for features the rooms they build on. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("pages", Set.of("text")),
            Map.entry("ingest", Set.of("text", "pages")),
            Map.entry("structure", Set.of("text")),
            Map.entry("measures", Set.of("text", "structure")),
            Map.entry("index", Set.of("text", "ingest", "structure", "measures")),
            Map.entry("snapshot", Set.of("text", "structure", "measures", "index")),
            Map.entry("accounts", Set.of("text")),
            Map.entry("semantic", Set.of("text", "index", "snapshot")),
            Map.entry("versions", Set.of("text", "structure", "index", "snapshot", "accounts")),
            Map.entry("clause", Set.of("text", "structure", "measures", "index", "snapshot", "versions")),
            Map.entry("documents", Set.of("text", "structure", "measures", "index", "snapshot", "accounts", "versions",
                    "clause", "semantic")),
            Map.entry("search", Set.of("text", "structure", "index", "snapshot", "versions", "clause", "semantic")),
            Map.entry("ledger", Set.of("text", "measures", "index", "snapshot", "accounts")),
            Map.entry("web", Set.of("text", "ingest", "index", "snapshot", "accounts", "semantic", "versions", "clause",
                    "documents", "search", "ledger")),
            Map.entry("bench", Set.of("text", "ingest", "index", "snapshot", "accounts", "semantic", "search", "ledger")),
            Map.entry("cli", Set.of("text", "ingest", "structure", "index", "snapshot", "accounts", "semantic", "versions",
                    "search", "ledger", "web", "bench")));

    /** The parsers whose results the indexer stores: a feature reads those, it never calls these. */
    private static final List<String> PARSERS = List.of("StructureParser", "RegulationParser", "OutlineParser",
            "PlanParser", "Structures.of", "References.in", "Abbreviations.of", "DocumentReferences.of",
            "ProgressReports.of", "RuleHistoryParser", "RepealStatements", "MeasureExtractor", "InlineMeasures", "PlanMeasures", "TableMeasures", "Deadlines.",
            "Departments.");

    private static Map<String, List<Path>> packages() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(p -> MAIN.relativize(p.getParent()).toString(), TreeMap::new,
                            Collectors.toList()));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long lines(List<Path> files) {
        return files.stream().mapToLong(f -> read(f).lines().count()).sum();
    }

    @Test
    void noPackageHoldsMoreThanAFifthOfTheCode() throws IOException {
        Map<String, List<Path>> packages = packages();
        long total = packages.values().stream().mapToLong(ArchitectureTest::lines).sum();
        packages.forEach((name, files) -> assertThat(lines(files)).as(name).isLessThanOrEqualTo(total / 5));
    }

    @Test
    void everyPackageSaysInOneSentenceWhatItHolds() throws IOException {
        for (String name : packages().keySet()) {
            Path info = MAIN.resolve(name).resolve("package-info.java");
            assertThat(info).as(name).exists();
            String doc = read(info).replaceAll("(?s).*?/\\*\\*(.*?)\\*/.*", "$1").replaceAll("\\s*\\*\\s*", " ").strip();
            assertThat(doc).as(name).isNotEmpty().endsWith(".");
            assertThat(doc.substring(0, doc.length() - 1)).as(name + ": one sentence").doesNotContain(". ");
        }
    }

    @Test
    void dependenciesRunOneWay() throws IOException {
        assertThat(packages().keySet()).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        packages().forEach((name, files) -> files.forEach(file -> {
            Matcher m = IMPORT.matcher(read(file));
            while (m.find()) {
                String used = m.group(1);
                assertThat(used.equals(name) || ALLOWED.get(name).contains(used))
                        .as(file + " imports " + used).isTrue();
            }
        }));
    }

    @Test
    void onlyTheWebAndTheCommandsKnowJavalin() throws IOException {
        packages().forEach((name, files) -> {
            if (!name.equals("web") && !name.equals("cli")) {
                files.forEach(file -> assertThat(read(file)).as(file.toString()).doesNotContain("io.javalin"));
            }
        });
    }

    @Test
    void theArticleNumberFormIsWrittenOnce() throws IOException {
        List<Path> writers = packages().values().stream().flatMap(List::stream)
                .filter(file -> read(file).contains("第(") || read(file).contains("第[")
                        || read(file).matches("(?s).*\\[[^\\]]*[编章节][^\\]]*条[^\\]]*\\].*"))
                .toList();
        assertThat(writers).containsExactly(MAIN.resolve("text/ArticleRef.java"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"versions", "search", "clause", "documents", "ledger"})
    void featuresReadWhatTheIndexerParsedInsteadOfParsingAgain(String feature) throws IOException {
        for (Path file : packages().get(feature)) {
            String code = read(file).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "");
            for (String parser : PARSERS) {
                assertThat(code).as(file + " calls " + parser).doesNotContain(parser);
            }
        }
    }

    @Test
    void searchHoldsNoClauseDocumentOrLedgerClasses() throws IOException {
        assertThat(packages().get("search")).extracting(p -> p.getFileName().toString())
                .noneMatch(n -> n.matches("(Clause|Title|Measure|Status|Citation|Cite|Outline|Document|Article|Unit(View|Ref)).*"));
    }
}
