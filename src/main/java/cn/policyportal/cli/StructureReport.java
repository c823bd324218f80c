package cn.policyportal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.policyportal.index.CorpusScanner;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.index.Structures;
import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.ingest.DocumentMetadata;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.ingest.IngestException;
import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.ingest.TextExtractor;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.RuleHistoryParser;
import cn.policyportal.structure.Unit;
import cn.policyportal.text.ArticleRef;
import cn.policyportal.versions.RuleVersions;

/**
 * {@code portal structure --corpus DIR}: for every document, the articles the parser finds, the
 * highest number, and any gap or repeat in the numbering; and whether every line of the file that
 * starts with 第X条 became an article. Then, per rule, its versions and their validity
 * ({@link VersionsReport}).
 */
final class StructureReport {

    static final String HELP = """
            Usage: bin/portal structure --corpus DIR

            Parses every document of DIR (without indexing it) and prints, per document: articles
            found, highest article number, gaps and repeats in the numbering (第X条之一 counts as its
            own unit), and how many lines of the file start with 第X条 (each should be an article).
            Ends with totals. Then lists every rule with several versions or a status other than
            现行有效: its versions, oldest first, with date, label and validity today, and counts
            the rules with several versions, those with exactly one version in force, and the
            同时废止/予以废止 statements that name a rule of the corpus.
            """;

    /** The figures of one document, and what it states of its history ({@code null} when it failed). */
    record Row(String path, int articles, int highest, List<Integer> gaps, List<String> repeats, int articleLines,
               String error, RuleVersions.Entry entry) {
    }

    private StructureReport() {
    }

    static List<Row> run(PortalConfig config, PrintStream out) throws IOException {
        List<Path> files = CorpusScanner.files(config.corpus());
        DocumentReader reader = new DocumentReader(config.maxFileBytes(), config.maxOcrPages());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, config.threads()));
        List<Row> rows = new ArrayList<>();
        try {
            List<Future<Row>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> row(reader, config.corpus(), file)));
            }
            for (Future<Row> f : futures) {
                rows.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        print(rows, out);
        VersionsReport.print(RuleVersions.of(rows.stream().map(Row::entry).filter(e -> e != null).toList()),
                LocalDate.now(), out);
        return rows;
    }

    private static Row row(DocumentReader reader, Path corpus, Path file) {
        String path = DocumentReader.relativePath(corpus, file);
        try {
            byte[] bytes = reader.readBytes(file);
            // Lines are counted in the text as extracted, before cleaning joins any, and not in the
            // file's bytes, which are no UTF-8 text for a PDF, a Word file or a GBK text.
            TextExtractor.Extraction extraction = reader.extract(path, bytes);
            IngestedDocument doc = reader.fromExtraction(path, extraction, DocumentIds.sha256(bytes));
            DocumentStructure structure = Structures.of(doc);
            List<Unit> articles = structure.articles().stream().map(DocumentStructure.Located::unit).toList();
            int lines = (int) extraction.text().lines().filter(StructureReport::opensWithArticle).count();
            return new Row(path, articles.size(), articles.stream().mapToInt(Unit::number).max().orElse(0),
                    gaps(articles), repeats(articles), lines, null, entry(doc));
        } catch (IngestException e) {
            return new Row(path, 0, 0, List.of(), List.of(), 0, e.getMessage(), null);
        }
    }

    /** The document as the rules' grouping reads it, as the indexer would store it. */
    private static RuleVersions.Entry entry(IngestedDocument doc) {
        DocumentMetadata m = doc.metadata();
        DocumentInfo info = new DocumentInfo(doc.id(), m.title(), m.noticeTitle(), m.docNumber(), m.issuer(),
                m.date() == null ? null : m.date().toString(), m.type(), m.disclosure(), doc.path(), m.place(),
                doc.ocr() == null ? null : DocumentInfo.Ocr.of(doc.ocr().pages(), doc.ocr().meanConfidence()));
        return new RuleVersions.Entry(info, RuleHistoryParser.of(doc.paragraphs(), m.title(), doc.path(), m.date()));
    }

    /** Numbers missing between 1 and the highest article. */
    static List<Integer> gaps(List<Unit> articles) {
        java.util.BitSet seen = new java.util.BitSet();
        articles.stream().filter(a -> a.subNumber() == 0).forEach(a -> seen.set(a.number()));
        List<Integer> gaps = new ArrayList<>();
        for (int n = 1; n < seen.length(); n++) {
            if (!seen.get(n)) {
                gaps.add(n);
            }
        }
        return gaps;
    }

    /** Labels that occur more than once. */
    static List<String> repeats(List<Unit> articles) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        articles.forEach(a -> counts.merge(a.label(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey).toList();
    }

    private static void print(List<Row> rows, PrintStream out) {
        out.println("path\tarticles\thighest\tgaps\trepeats\tarticle-lines");
        int articles = 0;
        int lines = 0;
        int withArticles = 0;
        int withGaps = 0;
        int withRepeats = 0;
        int mismatched = 0;
        int failed = 0;
        for (Row r : rows) {
            if (r.error() != null) {
                failed++;
                out.printf("%s\tfailed: %s%n", r.path(), r.error());
                continue;
            }
            out.printf("%s\t%d\t%d\t%s\t%s\t%d%n", r.path(), r.articles(), r.highest(), summary(r.gaps()),
                    r.repeats().isEmpty() ? "-" : String.join(",", r.repeats()), r.articleLines());
            articles += r.articles();
            lines += r.articleLines();
            withArticles += r.articles() > 0 ? 1 : 0;
            withGaps += r.gaps().isEmpty() ? 0 : 1;
            withRepeats += r.repeats().isEmpty() ? 0 : 1;
            mismatched += r.articleLines() != r.articles() ? 1 : 0;
        }
        out.printf("%nDocuments %d (failed %d); with articles %d; articles found %d; article lines in the files %d;%n",
                rows.size(), failed, withArticles, articles, lines);
        out.printf("documents whose article count differs from their article lines %d; with gaps %d; with repeats %d%n",
                mismatched, withGaps, withRepeats);
    }

    private static String summary(List<Integer> gaps) {
        if (gaps.isEmpty()) {
            return "-";
        }
        String shown = gaps.stream().limit(5).map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
        return gaps.size() > 5 ? shown + ",…(" + gaps.size() + ")" : shown;
    }

    /** Whether a line of the file opens with an article heading, spaces inside it allowed (第 十 条). */
    private static boolean opensWithArticle(String line) {
        String compact = line.replaceAll("[\\s\\u3000]+", "");
        return ArticleRef.heading(compact).filter(f -> f.ref().isArticle()).isPresent();
    }
}
