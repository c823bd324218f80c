package cn.policyportal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a file's text came out of it, so that whoever maintains the corpus sees a garbled or
 * half-empty file instead of trusting what its search and statistics say.
 *
 * @param characters       characters extracted, spaces and line breaks not counted
 * @param chineseShare     the share of them that are Chinese characters (汉字), two decimals
 * @param suspicious       replacement characters (U+FFFD), private-use characters and control codes:
 *                         what a font without a character map or a wrong encoding leaves
 * @param mendedLines      lines whose spaces between Chinese characters were removed (加 强 → 加强)
 * @param joinedLines      lines joined to the line before, undoing a layout's wrapping
 * @param pages            the file's pages, {@code null} for a format without pages (text, Word)
 * @param pagesWithoutText pages on which no text was found
 * @param ocrPages         pages read by OCR
 * @param ocrConfidence    OCR's mean word confidence, 0–100, {@code null} when no page was OCR'd
 * @param warning          what looks wrong and what to do, in Chinese; {@code null} when nothing does
 */
public record TextQuality(int characters, double chineseShare, int suspicious, int mendedLines, int joinedLines,
                          Integer pages, int pagesWithoutText, int ocrPages, Double ocrConfidence, String warning) {

    /**
     * A share of suspicious characters at or over this (with at least {@link #MIN_SUSPICIOUS} of
     * them) means some of the text is garbage: one font of a PDF without a character map turns every
     * glyph it draws into a control code, while a clean file has none at all.
     */
    private static final double GARBLED_SHARE = 0.005;
    private static final int MIN_SUSPICIOUS = 5;
    /**
     * A page of a 公文 holds 500–900 characters; a paged file averaging under this many per page has
     * pages whose text was not extracted (images, scanned pages inside a text PDF).
     */
    private static final int MIN_CHARACTERS_PER_PAGE = 100;

    /**
     * The quality of {@code extracted}, the text as the extractor delivered it, with what cleaning
     * and the extractor counted.
     */
    public static TextQuality of(String extracted, int mendedLines, int joinedLines, Integer pages,
            int pagesWithoutText, int ocrPages, Double ocrConfidence) {
        int characters = 0;
        int chinese = 0;
        int suspicious = 0;
        for (int i = 0; i < extracted.length(); ) {
            int c = extracted.codePointAt(i);
            i += Character.charCount(c);
            if (isSuspicious(c)) {
                suspicious++;
                characters++;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                characters++;
                chinese += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
            }
        }
        double share = characters == 0 ? 0 : Math.round(chinese * 100.0 / characters) / 100.0;
        String warning = warning(characters, suspicious, pages, pagesWithoutText);
        return new TextQuality(characters, share, suspicious, mendedLines, joinedLines, pages, pagesWithoutText,
                ocrPages, ocrConfidence, warning);
    }

    /** Replacement characters, private-use characters and control codes other than tab and line breaks. */
    static boolean isSuspicious(int c) {
        return c == 0xFFFD
                || Character.getType(c) == Character.PRIVATE_USE
                || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    private static String warning(int characters, int suspicious, Integer pages, int pagesWithoutText) {
        List<String> found = new ArrayList<>();
        if (suspicious >= MIN_SUSPICIOUS && suspicious >= characters * GARBLED_SHARE) {
            found.add(String.format("文字疑似乱码：%d个可疑字符（替换符、私用区字符或控制字符），占%.1f%%。"
                            + "多为PDF字体缺少文字编码（ToUnicode）或文件编码有误，检索和统计会漏掉这些文字；"
                            + "请换用原始的Word/WPS文件或另存的文字版PDF后重新上传", suspicious,
                    suspicious * 100.0 / Math.max(characters, 1)));
        }
        if (pages != null && pages > 1 && characters < pages * MIN_CHARACTERS_PER_PAGE) {
            found.add(String.format("文字比页数少得多：%d页只提取出%d字（每页不到%d字），可能有页面是图片或扫描页；"
                    + "请核对原文件，换用文字版文件，或把整份扫描件（不含文字层）上传由OCR识别", pages, characters,
                    MIN_CHARACTERS_PER_PAGE));
        } else if (pages != null && pagesWithoutText > 0 && pagesWithoutText * 4 >= pages) {
            found.add(String.format("%d页中有%d页没有文字，可能是扫描页，这些页的内容检索不到；"
                    + "请换用文字版文件，或把整份扫描件（不含文字层）上传由OCR识别", pages, pagesWithoutText));
        }
        return found.isEmpty() ? null : String.join("；", found) + "。";
    }
}
