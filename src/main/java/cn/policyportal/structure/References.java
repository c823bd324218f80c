package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ArticleRef;

/**
 * Finds what a text cites: other documents by their 《title》, articles of the same document
 * (本办法第十条, 第三条, 前款), and articles of other documents (《…条例》第十条, 刑法第二十条).
 */
public final class References {

    /** One reference as written in the text. */
    public record Reference(Kind kind, String text, String title, Integer article, int subArticle) {

        /** What a reference points at. */
        public enum Kind {
            /** Another document, by title. */
            DOCUMENT,
            /** An article of the same document. */
            ARTICLE,
            /** The clause before this one in the same article (前款). */
            PREVIOUS_CLAUSE
        }
    }

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{2,80})》");
    private static final Pattern OWN_DOCUMENT = Pattern.compile(
            "本(?:实施)?(?:办法|规定|条例|法|细则|方案|意见|准则|规则|决定)$");
    private static final Pattern NAMED_LAW = Pattern.compile("([\\p{IsHan}]{2,20}(?:法|条例|规定|办法|细则))$");
    /** Words that introduce a named law without being part of its name: 依照刑法第二十条. */
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:依照|按照|根据|依据|违反|适用|参照|对照|执行|遵守|落实|贯彻|和|及|或者|或)+");

    private References() {
    }

    /** The references in {@code text}, in order, each once; {@code ownTitle} is not cited by itself. */
    public static List<Reference> in(String text, String ownTitle) {
        Set<Reference> found = new LinkedHashSet<>();
        Matcher book = BOOK_TITLE.matcher(text);
        while (book.find()) {
            String title = book.group(1).strip();
            if (ownTitle == null || !TitleMatch.normalise(title).equals(TitleMatch.normalise(ownTitle))) {
                found.add(new Reference(Reference.Kind.DOCUMENT, "《" + title + "》", title, null, 0));
            }
        }
        for (ArticleRef.Found article : ArticleRef.findAll(text)) {
            if (!article.ref().isArticle()) {
                continue;
            }
            int number = article.ref().number();
            int sub = article.ref().sub();
            String before = text.substring(Math.max(0, article.start() - 30), article.start());
            String written = text.substring(article.start(), article.end());
            if (before.endsWith("》")) {
                String title = before.substring(before.lastIndexOf('《') + 1, before.length() - 1);
                found.add(new Reference(Reference.Kind.DOCUMENT, "《" + title + "》" + written, title, number, sub));
                continue;
            }
            Matcher own = OWN_DOCUMENT.matcher(before);
            Matcher named = NAMED_LAW.matcher(before);
            if (!own.find() && named.find()) {
                String law = LEADING_VERB.matcher(named.group(1)).replaceFirst("");
                found.add(new Reference(Reference.Kind.DOCUMENT, law + written, law, number, sub));
            } else {
                found.add(new Reference(Reference.Kind.ARTICLE, written, null, number, sub));
            }
        }
        if (text.contains("前款")) {
            found.add(new Reference(Reference.Kind.PREVIOUS_CLAUSE, "前款", null, null, 0));
        }
        return new ArrayList<>(found);
    }
}
