package cn.policyportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;
import cn.policyportal.index.Fields;

class FacetCountsTest {

    private static final List<String> FIELDS = List.of("type", "dept");

    @TempDir
    Path dir;

    @Test
    void countsEveryValueOfTheMatchingDocumentsAcrossSegmentsWithMissingAndRepeatedValues() throws IOException {
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory,
                     new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.addDocument(doc("yes", "办法", "人事局", "科技促进发展局"));
            writer.addDocument(doc("no", "办法", "人事局"));
            writer.addDocument(doc("yes", null));
            writer.commit();
            writer.addDocument(doc("yes", "通报", "人事局"));
            writer.addDocument(doc("yes", null));
            writer.addDocument(doc("no", "通报", "监督与审计局"));
            writer.addDocument(doc("yes", "办法"));
            writer.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertThat(reader.leaves()).hasSize(2);
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, Map<String, Long>> counts = searcher.search(new TermQuery(new Term("match", "yes")),
                    new FacetCounts(new FacetOrdinals(reader, FIELDS)));
            assertThat(counts.get("type")).containsExactly(Map.entry("办法", 2L), Map.entry("通报", 1L));
            assertThat(counts.get("dept")).containsExactly(Map.entry("人事局", 2L), Map.entry("科技促进发展局", 1L));
        }
    }

    @Test
    void theSeedsCountsEqualTheStoredValuesOfTheMatchingDocuments() throws IOException {
        Path index = Seeds.indexed(dir);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetOrdinals table = new FacetOrdinals(reader, SearchService.FACET_FIELDS);
            assertThat(stored(searcher, new MatchAllDocsQuery()).get(Fields.DEPT))
                    .as("the work plan's measures give its document departments").hasSizeGreaterThan(3);
            for (Query query : List.of(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)),
                    new TermQuery(new Term(Fields.TYPE, "办法")), new MatchAllDocsQuery())) {
                assertThat(searcher.search(query, new FacetCounts(table))).isEqualTo(stored(searcher, query));
            }
        }
    }

    /** The counts read the slow way: every matching document's stored values. */
    private static Map<String, Map<String, Long>> stored(IndexSearcher searcher, Query query) throws IOException {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        SearchService.FACET_FIELDS.forEach(f -> counts.put(f, new HashMap<>()));
        for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            for (String field : SearchService.FACET_FIELDS) {
                for (IndexableField value : doc.getFields(field)) {
                    counts.get(field).merge(value.stringValue(), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private static Document doc(String match, String type, String... depts) {
        Document d = new Document();
        d.add(new StringField("match", match, Field.Store.NO));
        if (type != null) {
            d.add(new SortedSetDocValuesField("type", new BytesRef(type)));
        }
        for (String dept : depts) {
            d.add(new SortedSetDocValuesField("dept", new BytesRef(dept)));
        }
        return d;
    }
}
