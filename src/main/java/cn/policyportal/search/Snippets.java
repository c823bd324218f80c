package cn.policyportal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import cn.policyportal.index.Fields;

/**
 * Cuts the best passages of a stored text field around the matched words.
 *
 * <p>Passages follow sentence boundaries (。！？) but are kept near {@link #PASSAGE_LENGTH}
 * characters, since one sentence of an official document can run to hundreds of characters.
 * Matches of the bigram and unigram twins are marked in the stored words field (they index the
 * same text, so their offsets agree). The formatter escapes HTML, so text such as {@code <script>}
 * comes back as text, and wraps each match in {@code <mark>}. Offsets come from the postings, so no
 * text is analysed again.
 */
final class Snippets {

    static final int PASSAGE_LENGTH = 120;
    private static final int PASSAGES = 2;

    private Snippets() {
    }

    /** {@code text} cut to a passage's length and HTML-escaped, for a hit that was found without a query. */
    static String escape(String text) {
        String cut = text.length() > PASSAGE_LENGTH * 2 ? text.substring(0, PASSAGE_LENGTH * 2) + " … " : text;
        StringBuilder out = new StringBuilder(cut.length() + 16);
        for (char c : cut.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One snippet per hit of {@code page}, in order; a hit without a match gets its opening text. */
    static String[] of(IndexSearcher searcher, Analyzer analyzer, String field, Query query, TopDocs page)
            throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.CHINA), PASSAGE_LENGTH, 0.5f))
                .withMaskedFieldsFunc(f -> f.equals(field) ? Set.of(Fields.bigram(f), Fields.unigram(f)) : Set.of())
                .withMaxNoHighlightPassages(1)
                .build();
        return highlighter.highlight(field, query, page, PASSAGES);
    }
}
