package cn.policyportal.text;

import java.util.OptionalInt;

/**
 * Chinese numerals as official documents write them (十六, 一百零三, 一千二百六十, 两, 〇) to integers
 * and back, also accepting Arabic and full-width digits.
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final int MAX = 99_999;

    private ChineseNumerals() {
    }

    /** The value of {@code text}, or empty when it is not a numeral from 0 to 99,999. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 12) {
            return OptionalInt.empty();
        }
        if (text.chars().allMatch(ChineseNumerals::isArabic)) {
            long value = 0;
            for (char c : text.toCharArray()) {
                value = value * 10 + arabic(c);
            }
            return value <= MAX ? OptionalInt.of((int) value) : OptionalInt.empty();
        }
        return parseChinese(text);
    }

    private static OptionalInt parseChinese(String text) {
        int total = 0;
        int section = -1;
        int lastUnit = 100_000;
        boolean pendingZero = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = digit(c);
            int unit = unit(c);
            if (digit == 0) {
                pendingZero = true;
            } else if (digit > 0) {
                if (section >= 0) {
                    return OptionalInt.empty();
                }
                section = digit;
            } else if (unit > 0) {
                if (unit >= lastUnit) {
                    return OptionalInt.empty();
                }
                total += (section < 0 ? 1 : section) * unit;
                section = -1;
                lastUnit = unit;
                pendingZero = false;
            } else {
                return OptionalInt.empty();
            }
        }
        if (section >= 0) {
            // A trailing digit after a unit without 零 is that unit's tenth: 一百二 = 120 (colloquial).
            boolean colloquial = !pendingZero && lastUnit >= 100 && lastUnit < 100_000;
            total += colloquial ? section * (lastUnit / 10) : section;
        }
        return OptionalInt.of(total);
    }

    /** {@code value} in Chinese numerals as documents number articles: 十六, 一百零三, 一千二百六十. */
    public static String format(int value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("out of range: " + value);
        }
        if (value == 0) {
            return "零";
        }
        int[] units = {10_000, 1_000, 100, 10, 1};
        String[] names = {"万", "千", "百", "十", ""};
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < units.length; i++) {
            int d = value / units[i] % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            boolean leadingTen = units[i] == 10 && d == 1 && out.length() == 0;
            if (!leadingTen) {
                out.append(DIGITS.charAt(d));
            }
            out.append(names[i]);
        }
        return out.toString();
    }

    private static boolean isArabic(int c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static int arabic(char c) {
        return c >= '０' ? c - '０' : c - '0';
    }

    private static int digit(char c) {
        if (c == '〇' || c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        if (isArabic(c)) {
            return arabic(c) == 0 ? 0 : arabic(c);
        }
        int i = DIGITS.indexOf(c);
        return i > 0 ? i : -1;
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1_000;
            case '万' -> 10_000;
            default -> -1;
        };
    }
}
