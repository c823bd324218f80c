package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;
import cn.policyportal.ingest.DocumentReader;

class RecordedTokensTest {

    @TempDir
    Path dir;

    /**
     * Every seed's blocks, written once as built (the writer analyses them) and once with their
     * tokens recorded first: each field's terms, documents, frequencies, positions and norms must
     * be the same, or searches and scores would differ with the way a document was indexed.
     */
    @Test
    void recordedTokensIndexExactlyAsTheAnalyzerWould() throws Exception {
        Analyzer analyzer = Analyzers.indexing();
        List<Document> built = new ArrayList<>();
        List<Document> recorded = new ArrayList<>();
        DocumentReader reader = new DocumentReader(10_000_000);
        for (Seeds seed : Seeds.values()) {
            List<Document> block = DocumentBlocks.of(reader.read(Seeds.CORPUS, seed.path()));
            built.addAll(block);
            recorded.addAll(RecordedTokens.recordAll(block, analyzer));
        }
        assertThat(recorded.stream().flatMap(d -> d.getFields().stream())
                .filter(f -> f instanceof Field field && field.tokenStreamValue() != null))
                .as("the unit texts are replayed, not analysed again").isNotEmpty();

        try (DirectoryReader plain = write("plain", built, analyzer);
             DirectoryReader replayed = write("replayed", recorded, analyzer)) {
            LeafReader a = plain.leaves().get(0).reader();
            LeafReader b = replayed.leaves().get(0).reader();
            List<String> analysed = new ArrayList<>();
            for (FieldInfo field : a.getFieldInfos()) {
                if (field.hasNorms()) {
                    analysed.add(field.name);
                    assertThat(postings(b, field.name)).as(field.name).isEqualTo(postings(a, field.name));
                    assertThat(norms(b, field.name)).as(field.name).isEqualTo(norms(a, field.name));
                }
            }
            assertThat(analysed).contains(Fields.UNIT_TEXT, Fields.bigram(Fields.UNIT_TEXT),
                    Fields.unigram(Fields.UNIT_TEXT), Fields.TITLE);
        }
    }

    private DirectoryReader write(String name, List<Document> docs, Analyzer analyzer) throws IOException {
        Directory directory = FSDirectory.open(dir.resolve(name));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            writer.addDocuments(docs);
        }
        return DirectoryReader.open(directory);
    }

    /** Each term with, for each of its documents, the document, its frequency and its positions. */
    private static List<String> postings(LeafReader reader, String field) throws IOException {
        List<String> lines = new ArrayList<>();
        Terms terms = reader.terms(field);
        TermsEnum term = terms.iterator();
        while (term.next() != null) {
            StringBuilder line = new StringBuilder(term.term().utf8ToString());
            PostingsEnum docs = term.postings(null, PostingsEnum.POSITIONS);
            while (docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                line.append(' ').append(docs.docID()).append('×').append(docs.freq()).append('@');
                for (int i = 0; i < docs.freq(); i++) {
                    line.append(docs.nextPosition()).append(',');
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<Long> norms(LeafReader reader, String field) throws IOException {
        List<Long> values = new ArrayList<>();
        NumericDocValues norms = reader.getNormValues(field);
        while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            values.add((long) norms.docID() << 8 | (norms.longValue() & 0xFF));
        }
        return values;
    }
}
