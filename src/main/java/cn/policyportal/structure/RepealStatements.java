package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a text declares repealed: the titles in 《》 that stand in a sentence before its
 * 同时废止, 予以废止 or 一并废止, such as 《中华人民共和国婚姻法》、《中华人民共和国继承法》…同时废止. A title
 * that only says how a repealed rule was amended (根据《关于修改〈X〉的决定》修正的《X》: it is followed by
 * 修正) or that is cited for an article is not one of them; an amending decision named as repealed
 * itself (《X》和《关于修改〈X〉的决定》同时废止) is.
 */
public final class RepealStatements {

    private static final Pattern REPEALS = Pattern.compile("(?:同时|予以|一并|即行|相应)废止");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;]");
    /** A title in 《》, which may hold 〈〉 or a nested 《》 for the law it implements. */
    private static final Pattern TITLE = Pattern.compile("《((?:[^《》]|《[^《》]*》)+)》");
    /** What follows a title that amended or is cited, not repealed: 修正的, 第一次修正, 第十条, 规定. */
    private static final Pattern NOT_REPEALED_AFTER = Pattern.compile("^(?:第\\S{1,4}?次)?(?:修正|修订|修改|第|的规定|规定|有关)");

    private RepealStatements() {
    }

    /** The titles {@code paragraphs} declare repealed, in order of first mention, each once. */
    public static List<String> in(List<String> paragraphs) {
        Set<String> titles = new LinkedHashSet<>();
        for (String paragraph : paragraphs) {
            if (paragraph.contains("废止")) {
                sentences(paragraph).forEach(s -> titles.addAll(repealedIn(s)));
            }
        }
        return List.copyOf(titles);
    }

    private static List<String> sentences(String paragraph) {
        return List.of(SENTENCE_END.split(paragraph));
    }

    /** The titles before the repeal words of {@code sentence}. */
    static List<String> repealedIn(String sentence) {
        Matcher repeal = REPEALS.matcher(sentence);
        if (!repeal.find()) {
            return List.of();
        }
        String before = sentence.substring(0, repeal.start());
        List<String> titles = new ArrayList<>();
        Matcher title = TITLE.matcher(before);
        while (title.find()) {
            String name = title.group(1);
            String after = before.substring(title.end());
            if (!NOT_REPEALED_AFTER.matcher(after).find()) {
                titles.add(name.replace('〈', '《').replace('〉', '》'));
            }
        }
        return titles;
    }
}
