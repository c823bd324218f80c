package cn.policyportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

import cn.policyportal.index.Analyzers;
import cn.policyportal.index.Fields;
import cn.policyportal.text.ArticleRef;
import cn.policyportal.text.CharFolding;

/**
 * Builds Lucene queries from a {@link QueryText}.
 *
 * <p>Each word is searched two ways at once: as dictionary words (SmartChineseAnalyzer: 问题线索 →
 * the phrase 问题 线索) and as characters (a phrase of bigrams, or a single character), so any
 * substring a person types matches (科学院 in 中国科学院, 人事 in 人事局) while a whole-word match
 * scores higher. Each word is widened to its synonyms, the abbreviations the corpus defines, and
 * the other way of writing an article number (第16条 / 第十六条). A quoted phrase must occur exactly.
 */
final class SearchQueries {

    /** How much a dictionary-word match counts beyond a character match. */
    private static final float WORD_BOOST = 2f;

    /** Which analyses a search uses: all of them, or SmartChineseAnalyzer words alone (the baseline). */
    enum Mode { FULL, WORDS_ONLY }

    /** A searched field and its weight. */
    record Target(String field, float boost) {
    }

    static final List<Target> UNIT_FIELDS = List.of(new Target(Fields.UNIT_TEXT, 1f));
    static final List<Target> TITLE_FIELDS = List.of(new Target(Fields.TITLE, 1f));
    /** A word in the title says more about a document than the same word in one of its units. */
    private static final float TITLE_BOOST = 3f;
    /**
     * How much a question's word in a unit's document title counts beside the same word in the
     * unit: less than in a keyword search, where the title is the target, because a question asks
     * for the article; enough that the law a question names wins over laws that merely share a word.
     */
    private static final float QUESTION_TITLE_BOOST = 0.5f;
    /** The parents of the blocks: the document of each unit. */
    static final BitSetProducer DOCUMENTS = new QueryBitSetProducer(
            new TermQuery(new Term(Fields.KIND, Fields.KIND_DOC)));

    private final Synonyms synonyms;
    private final Map<String, Set<String>> abbreviations;
    private final Mode mode;
    /** The tokens of each text by analyzer: a query's words are analysed for every field and variant. */
    private final Map<Analyzer, Map<String, List<Token>>> analysed = new HashMap<>();

    SearchQueries(Synonyms synonyms, Map<String, Set<String>> abbreviations, Mode mode) {
        this.synonyms = synonyms;
        this.abbreviations = abbreviations;
        this.mode = mode;
    }

    /**
     * The query for units: every group must match in the unit, no excluded term may; title terms
     * are left to the document query.
     */
    Query units(QueryText text) {
        if (text.groups().isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        text.groups().forEach(g -> all.add(any(g, UNIT_FIELDS), BooleanClause.Occur.MUST));
        text.excluded().forEach(t -> all.add(term(t, UNIT_FIELDS), BooleanClause.Occur.MUST_NOT));
        return all.build();
    }

    /**
     * The query for documents: every group must match in the title or in some unit (not
     * necessarily the same one), no excluded term anywhere, title terms in the title. A document
     * scores by its title and its best unit for each group.
     */
    Query documents(QueryText text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        text.groups().forEach(g -> all.add(inDocument(g), BooleanClause.Occur.MUST));
        text.title().forEach(t -> all.add(term(t, TITLE_FIELDS), BooleanClause.Occur.MUST));
        text.excluded().forEach(t -> all.add(inDocument(List.of(t)), BooleanClause.Occur.MUST_NOT));
        return all.build();
    }

    /**
     * The query for the units that answer a question: at least {@code minimumShouldMatch} of its
     * words in the unit, ranked by how well they match there (BM25 over words and bigrams), and a
     * unit of a document whose title holds some of them ranked higher: 劳动争议仲裁的时效 is asked of
     * the 劳动争议调解仲裁法 before any other law that mentions 时效.
     */
    Query question(Question question, int minimumShouldMatch) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder titles = new BooleanQuery.Builder();
        for (String word : question.words()) {
            QueryText.Term term = new QueryText.Term(word, false);
            words.add(term(term, UNIT_FIELDS), BooleanClause.Occur.SHOULD);
            titles.add(term(term, TITLE_FIELDS), BooleanClause.Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(minimumShouldMatch);
        return new BooleanQuery.Builder()
                .add(words.build(), BooleanClause.Occur.MUST)
                .add(new BoostQuery(new ToChildBlockJoinQuery(titles.build(), DOCUMENTS), QUESTION_TITLE_BOOST),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    /** A group matched in a document's title or in any of its units. */
    Query inDocument(List<QueryText.Term> group) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(any(group, TITLE_FIELDS), TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(new ToParentBlockJoinQuery(any(group, UNIT_FIELDS), DOCUMENTS, ScoreMode.Total),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    /** A query for one group: any of its terms. */
    Query any(List<QueryText.Term> group, List<Target> targets) {
        if (group.size() == 1) {
            return term(group.get(0), targets);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        group.forEach(t -> any.add(term(t, targets), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private Query term(QueryText.Term term, List<Target> targets) {
        List<String> variants = term.phrase() || mode == Mode.WORDS_ONLY ? List.of(term.text()) : variants(term.text());
        if (variants.size() == 1) {
            return text(variants.get(0), term.phrase(), targets);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        variants.forEach(v -> any.add(text(v, false, targets), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** {@code text} folded as the index folds it (traditional to simplified, full-width to half-width). */
    static String fold(String text) {
        return CharFolding.fold(text);
    }

    /** What a hit's snippet marks: the words typed and their variants, folded; never an excluded word. */
    List<String> highlightWords(QueryText text) {
        List<String> words = new ArrayList<>();
        for (List<QueryText.Term> group : text.groups()) {
            for (QueryText.Term term : group) {
                (term.phrase() ? List.of(term.text()) : variants(term.text())).forEach(w -> words.add(fold(w)));
            }
        }
        text.title().forEach(t -> words.add(fold(t.text())));
        return words;
    }

    /** The word, its synonyms, the full forms of it as an abbreviation, and its other article numbering. */
    List<String> variants(String word) {
        List<String> variants = new ArrayList<>(synonyms.of(word));
        abbreviations.getOrDefault(word, Set.of()).stream().filter(v -> !variants.contains(v)).forEach(variants::add);
        ArticleRef.parse(word).filter(a -> a.isArticle() && a.sub() == 0).ifPresent(article -> {
            String other = Character.isDigit(word.charAt(1)) ? article.label() : "第" + article.number() + "条";
            if (!variants.contains(other)) {
                variants.add(other);
            }
        });
        return variants;
    }

    /**
     * One text over the targets. A word matches as words or as characters; a phrase must match as
     * characters (the exact sequence), and matching as words only adds to its score. A text of
     * Chinese characters alone, which its dictionary words spell out whole, is found wherever its
     * words are found by its characters too: it must match as characters, so the word clause is
     * only checked on those matches instead of being searched through the whole index beside them.
     */
    private Query text(String text, boolean phrase, List<Target> targets) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder characters = new BooleanQuery.Builder();
        boolean anyWords = false;
        boolean anyCharacters = false;
        List<Token> wordTokens = tokens(Analyzers.words(), text);
        for (Target target : targets) {
            Query w = sequence(target.field(), wordTokens);
            if (w != null) {
                words.add(new BoostQuery(w, target.boost() * WORD_BOOST), BooleanClause.Occur.SHOULD);
                anyWords = true;
            }
            Query c = mode == Mode.FULL ? characters(target.field(), text) : null;
            if (c != null) {
                characters.add(new BoostQuery(c, target.boost()), BooleanClause.Occur.SHOULD);
                anyCharacters = true;
            }
        }
        if (!anyWords && !anyCharacters) {
            return new MatchNoDocsQuery("no searchable text in “" + text + "”");
        }
        boolean charactersRequired = phrase || (anyWords && spelledOutInHan(text, wordTokens));
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (anyCharacters) {
            either.add(characters.build(), charactersRequired ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        if (anyWords) {
            either.add(words.build(), anyCharacters ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        }
        return either.build();
    }

    /**
     * Whether {@code text} is Chinese characters only and its word tokens, one after another with
     * no gap, spell it whole. Not so for 165项 (the bigram field has 项整, never 项 alone, in
     * 165项整改) or for a stop word dropped from the middle.
     */
    static boolean spelledOutInHan(String text, List<Token> words) {
        String folded = fold(text);
        if (folded.isEmpty() || !folded.codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return false;
        }
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).position() != i) {
                return false;
            }
            spelled.append(words.get(i).text());
        }
        return spelled.toString().equals(folded);
    }

    /** A single character searches the unigram field; anything longer, the bigram field as a phrase. */
    private Query characters(String field, String text) {
        List<Token> unigrams = tokens(Analyzers.unigrams(), text);
        if (unigrams.size() == 1) {
            return new TermQuery(new Term(Fields.unigram(field), unigrams.get(0).text()));
        }
        return sequence(Fields.bigram(field), tokens(Analyzers.bigrams(), text));
    }

    /** A term, or a phrase of the tokens at their positions; {@code null} for no tokens. */
    private static Query sequence(String field, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).text()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t.text()), t.position()));
        return phrase.build();
    }

    /** A token and its position. */
    record Token(String text, int position) {
    }

    private List<Token> tokens(Analyzer analyzer, String text) {
        return analysed.computeIfAbsent(analyzer, a -> new HashMap<>()).computeIfAbsent(text, t -> analyze(analyzer, t));
    }

    static List<Token> analyze(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
