package cn.policyportal.index;

import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import cn.policyportal.text.CharFolding;

/**
 * The analyzers shared by indexing and searching, so that both see the same tokens.
 *
 * <p>Every analyzer first folds full-width forms to half-width (ＡＢＣ１２３ → ABC123) and
 * traditional characters to simplified (巡視 → 巡视) with {@link CharFolding}, so a query in either
 * form finds text in either.
 */
public final class Analyzers {

    private static final Analyzer WORDS = new WordAnalyzer();
    private static final Analyzer BIGRAMS = new NgramAnalyzer(true);
    private static final Analyzer UNIGRAMS = new NgramAnalyzer(false);

    private Analyzers() {
    }

    /**
     * Dictionary words: SmartChineseAnalyzer's segmentation (HMM over its word dictionary) and stop
     * words, without its English stemming. Whole words score; 问题线索 → 问题 + 线索.
     */
    public static Analyzer words() {
        return WORDS;
    }

    /**
     * CJK bigrams (中国科学院 → 中国 国科 科学 学院): any substring of two or more characters a person
     * types matches, which dictionary words miss (科学院 inside 中国科学院, 人事 inside 人事局).
     */
    public static Analyzer bigrams() {
        return BIGRAMS;
    }

    /** Single characters, for one-character queries that no bigram can answer. */
    public static Analyzer unigrams() {
        return UNIGRAMS;
    }

    /** The index-time analyzer: each field by its suffix. */
    public static Analyzer indexing() {
        return new PerFieldAnalyzerWrapper(WORDS, Map.of(
                Fields.bigram(Fields.TITLE), BIGRAMS, Fields.unigram(Fields.TITLE), UNIGRAMS,
                Fields.bigram(Fields.UNIT_TEXT), BIGRAMS, Fields.unigram(Fields.UNIT_TEXT), UNIGRAMS));
    }

    private static Reader normalise(Reader reader) {
        return CharFolding.fold(reader);
    }

    /** HMMChineseTokenizer with lower-casing and SmartChineseAnalyzer's stop words. */
    private static final class WordAnalyzer extends Analyzer {
        private static final CharArraySet STOP_WORDS = SmartChineseAnalyzer.getDefaultStopSet();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), STOP_WORDS);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalise(reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** StandardTokenizer (one token per Han character) with lower-casing, then bigrams or not. */
    private static final class NgramAnalyzer extends Analyzer {
        private final boolean bigrams;

        NgramAnalyzer(boolean bigrams) {
            this.bigrams = bigrams;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, bigrams ? new CJKBigramFilter(stream) : stream);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalise(reader);
        }
    }
}
