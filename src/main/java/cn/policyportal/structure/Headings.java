package cn.policyportal.structure;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ChineseNumerals;

/** Recognises the numbered headings of Chinese official documents at the start of a paragraph. */
final class Headings {

    private static final String CN = "[一二三四五六七八九十]+";

    /** （一） items of an article, and 1. sub-items. */
    static final Pattern ITEM = Pattern.compile("^[（(](" + CN + ")[)）]\\s*(.*)$");
    static final Pattern SUBITEM = Pattern.compile("^(\\d{1,3})[.．、](?!\\d)\\s*(.*)$");
    /** （1） numbered items and proposals. */
    static final Pattern ARABIC_ITEM = Pattern.compile("^[（(](\\d{1,3})[)）]\\s*(.*)$");

    /** The outline levels of reports, highest first. */
    enum Level {
        L1("^(" + CN + ")、\\s*(.*)$", "s", "、"),
        L2("^[（(](" + CN + ")[)）]\\s*(.*)$", "p", null),
        L3("^(\\d{1,3})[.．、](?!\\d)\\s*(.*)$", "n", "."),
        L4("^[（(](\\d{1,3})[)）]\\s*(.*)$", "q", null),
        L5("^(" + CN + ")是\\s*(.*)$", "t", "是");

        final Pattern pattern;
        final String pathPrefix;
        private final String suffix;

        Level(String regex, String pathPrefix, String suffix) {
            this.pattern = Pattern.compile(regex);
            this.pathPrefix = pathPrefix;
            this.suffix = suffix;
        }

        /** The label as written canonically: 二、 （一） 1. （1） 一是. */
        String label(String number) {
            return suffix == null ? "（" + number + "）" : number + suffix;
        }
    }

    /** A recognised outline heading. */
    record OutlineHeading(Level level, String number, int value, String rest) {
    }

    private Headings() {
    }

    static Optional<OutlineHeading> outline(String paragraph) {
        for (Level level : Level.values()) {
            Matcher m = level.pattern.matcher(paragraph);
            if (m.matches()) {
                OptionalInt value = ChineseNumerals.parse(m.group(1));
                if (value.isPresent() && !m.group(2).isEmpty()) {
                    return Optional.of(new OutlineHeading(level, m.group(1), value.getAsInt(), m.group(2)));
                }
            }
        }
        return Optional.empty();
    }

    /** The heading part of an outline paragraph: up to its first full stop, at most 60 characters. */
    static String headingText(String rest) {
        int stop = rest.indexOf('。');
        String head = stop > 0 ? rest.substring(0, stop) : rest;
        return head.length() > 60 ? head.substring(0, 60) + "…" : head;
    }

    /** Whether {@code text} reads as a heading title rather than a sentence. */
    static boolean isTitleLike(String text, int maxLength) {
        return !text.isEmpty() && text.length() <= maxLength && !text.matches(".*[。；，：！？;,:!?].*");
    }
}
