package cn.policyportal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;

/**
 * The tokens of one field value, recorded by analysing it on one thread and replayed to the index
 * writer on another: the indexer analyses documents on every core while a single thread writes
 * them, so a run makes one segment instead of one per thread, and a search looks each of its terms
 * up once instead of once per segment.
 *
 * <p>Terms and position increments are kept, which is all the index takes of them (positions,
 * frequencies, norms); token offsets are not, as no field indexes them.
 */
final class RecordedTokens extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    private final char[] chars;
    private final int[] ends;
    private final int[] increments;
    private final int count;
    private final int finalIncrement;
    private final int finalOffset;
    private int next;

    private RecordedTokens(char[] chars, int[] ends, int[] increments, int count, int finalIncrement,
            int finalOffset) {
        this.chars = chars;
        this.ends = ends;
        this.increments = increments;
        this.count = count;
        this.finalIncrement = finalIncrement;
        this.finalOffset = finalOffset;
    }

    /**
     * The documents of {@code block} with each analysed, unstored text field replaced by its
     * recorded tokens; other fields (stored text such as titles, exact terms, doc values) are kept
     * as they are, for the writer to handle.
     */
    static List<Document> recordAll(List<Document> block, Analyzer analyzer) throws IOException {
        List<Document> recorded = new ArrayList<>(block.size());
        for (Document doc : block) {
            Document copy = new Document();
            for (IndexableField field : doc) {
                IndexableFieldType type = field.fieldType();
                boolean analysed = type.tokenized() && type.indexOptions() != IndexOptions.NONE && !type.stored()
                        && field.stringValue() != null;
                copy.add(analysed ? new Field(field.name(), record(analyzer, field.name(), field.stringValue()), type)
                        : field);
            }
            recorded.add(copy);
        }
        return recorded;
    }

    /** The tokens {@code analyzer} makes of {@code text} in {@code field}. */
    private static RecordedTokens record(Analyzer analyzer, String field, String text) throws IOException {
        char[] chars = new char[Math.max(16, text.length())];
        int[] ends = new int[Math.max(8, text.length() / 2)];
        int[] increments = new int[ends.length];
        int count = 0;
        int length = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (length + term.length() > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + term.length()));
                }
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                    increments = Arrays.copyOf(increments, count * 2);
                }
                System.arraycopy(term.buffer(), 0, chars, length, term.length());
                length += term.length();
                ends[count] = length;
                increments[count++] = increment.getPositionIncrement();
            }
            stream.end();
            return new RecordedTokens(chars, ends, increments, count, increment.getPositionIncrement(),
                    offset.endOffset());
        }
    }

    @Override
    public boolean incrementToken() {
        if (next == count) {
            return false;
        }
        clearAttributes();
        int start = next == 0 ? 0 : ends[next - 1];
        term.copyBuffer(chars, start, ends[next] - start);
        increment.setPositionIncrement(increments[next]);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(finalIncrement);
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() {
        next = 0;
    }
}
