package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ArticleRef;

/**
 * Finds the abbreviations a document defines, as in 院党组巡视工作领导小组办公室（以下简称“巡视办”）:
 * the short form in the note and the full form written just before it.
 */
public final class Abbreviations {

    /** A short form and what it stands for. */
    public record Abbreviation(String shortForm, String fullForm) {
    }

    private static final Pattern NOTE = Pattern.compile(
            "[（(]\\s*以\\s*下\\s*(简|统)\\s*称\\s*[“\"「『]?([^”\"」』）)]{1,20})[”\"」』]?\\s*[)）]");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|\\d+[.．、])");

    /** Verbs that introduce the named thing: 本院设立课题评审专家委员会 names 课题评审专家委员会. */
    private static final Pattern LEAD_VERB = Pattern.compile("设立|成立|组建|建立|制定|印发|会同|根据|按照|依照|依据|牵头");

    private Abbreviations() {
    }

    /** The abbreviations defined in {@code paragraphs}, first definition of each short form kept. */
    public static List<Abbreviation> of(List<String> paragraphs) {
        Map<String, Abbreviation> found = new LinkedHashMap<>();
        for (String p : paragraphs) {
            Matcher m = NOTE.matcher(p);
            while (m.find()) {
                String full = fullForm(p.substring(0, m.start()), m.group(1).equals("统"));
                String shortForm = m.group(2).strip();
                if (!full.isEmpty() && !shortForm.isEmpty() && !full.equals(shortForm)) {
                    found.putIfAbsent(shortForm, new Abbreviation(shortForm, full));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * The phrase that ends {@code before}: a 《title》 whole, else back to the previous punctuation
     * (a 统称 covers a list, so 、 does not stop it), without a leading article or outline label.
     */
    static String fullForm(String before, boolean collective) {
        String text = before.strip();
        if (text.endsWith("》")) {
            int open = text.lastIndexOf('《');
            return open >= 0 ? text.substring(open + 1, text.length() - 1) : "";
        }
        String stops = collective ? "，。；：,;:！？" : "，。；：、,;:！？";
        int start = text.length();
        while (start > 0 && stops.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String phrase = withoutLabel(text.substring(start).strip());
        Matcher verb = LEAD_VERB.matcher(phrase);
        int cut = -1;
        while (verb.find()) {
            cut = verb.end();
        }
        if (cut > 0 && phrase.length() - cut >= 2) {
            phrase = phrase.substring(cut);
        }
        return phrase.length() > 40 ? "" : phrase;
    }

    /** {@code text} without the 第X条, 一、, （一） or 1. that numbers it. */
    private static String withoutLabel(String text) {
        return ArticleRef.leading(text).map(f -> text.substring(f.end()))
                .orElseGet(() -> LABEL.matcher(text).replaceFirst("")).strip();
    }
}
