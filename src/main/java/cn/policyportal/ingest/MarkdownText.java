package cn.policyportal.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown as the text it shows: the marks that only format (#, **, links, bullets) go, what
 * carries meaning stays. Every heading, list item and table row becomes a line of its own, and the
 * soft-wrapped lines of a paragraph are joined into one line, so the cleaner sees a paragraph per line
 * as in a plain text file. An ordered list keeps its numbers (1. is an outline level in a 公文); a
 * table becomes one line per row and is also handed on as a table, so a plan's measures table in
 * Markdown is read like one in Word. Pure functions.
 */
final class MarkdownText {

    /** The text of a Markdown file and its tables (each a list of rows of cells). */
    record Result(String text, List<List<List<String>>> tables) {
        Result {
            tables = List.copyOf(tables);
        }
    }

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    /** A setext underline or a thematic break: nothing to read. */
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:=+|(?:[-*_]\\s*){3,})$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(?:\\[[ xX]\\]\\s+)?(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^\\s*(\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_DELIMITER =
            Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    /** An underscore inside a word (a file name, snake_case) is no emphasis. */
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{Alnum}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{Alnum}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    private MarkdownText() {
    }

    static Result of(String markdown) {
        List<String> lines = Arrays.asList(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> out = new ArrayList<>();
        List<List<List<String>>> tables = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).find()) {
                flush(paragraph, out);
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                out.add(line);
                continue;
            }
            line = unquoted(line);
            if (isTableStart(lines, i)) {
                flush(paragraph, out);
                List<List<String>> table = new ArrayList<>();
                table.add(cells(line));
                i++;
                while (i + 1 < lines.size() && lines.get(i + 1).contains("|") && !lines.get(i + 1).isBlank()) {
                    table.add(cells(unquoted(lines.get(++i))));
                }
                tables.add(table);
                table.forEach(row -> out.add(String.join("\t", row)));
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher ordered = ORDERED.matcher(line);
            if (line.isBlank() || REFERENCE.matcher(line).matches()) {
                flush(paragraph, out);
            } else if (RULE.matcher(line).matches()) {
                // A setext underline makes the paragraph above a heading: it ends there either way.
                flush(paragraph, out);
            } else if (heading.matches()) {
                flush(paragraph, out);
                out.add(inline(heading.group(1) == null ? "" : heading.group(1)));
            } else if (bullet.matches()) {
                flush(paragraph, out);
                paragraph.append(inline(bullet.group(1).strip()));
            } else if (ordered.matches()) {
                flush(paragraph, out);
                paragraph.append(ordered.group(1)).append(inline(ordered.group(2).strip()));
            } else {
                String text = inline(line.strip());
                if (!text.isEmpty()) {
                    paragraph.append(paragraph.isEmpty() ? "" : TextCleaner.joiner(paragraph, text)).append(text);
                }
            }
        }
        flush(paragraph, out);
        return new Result(String.join("\n", out), tables);
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        if (!paragraph.isEmpty()) {
            out.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static String unquoted(String line) {
        String rest = line;
        for (Matcher m = QUOTE.matcher(rest); m.find(); m = QUOTE.matcher(rest)) {
            rest = rest.substring(m.end());
        }
        return rest;
    }

    /** A table is a row of cells followed by a delimiter row (| --- | :---: |). */
    private static boolean isTableStart(List<String> lines, int i) {
        return lines.get(i).contains("|") && i + 1 < lines.size()
                && TABLE_DELIMITER.matcher(unquoted(lines.get(i + 1))).matches()
                && lines.get(i + 1).contains("-");
    }

    /** The cells of a table row, split at pipes that are not escaped, without the outer pipes. */
    private static List<String> cells(String row) {
        String body = row.strip();
        if (body.startsWith("|")) {
            body = body.substring(1);
        }
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : body.split("(?<!\\\\)\\|", -1)) {
            cells.add(inline(cell.strip().replace("\\|", "|")));
        }
        return cells;
    }

    /** The text of a line without its inline marks. */
    static String inline(String text) {
        String s = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = IMAGE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = HTML_TAG.matcher(s).replaceAll("");
        s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRIKE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
