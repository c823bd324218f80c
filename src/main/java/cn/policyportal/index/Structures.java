package cn.policyportal.index;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.policyportal.ingest.IngestedDocument;
import cn.policyportal.structure.Abbreviations;
import cn.policyportal.structure.DocumentStructure;
import cn.policyportal.structure.StructureParser;

/** The structure of a document being indexed, and its abbreviations as the index stores them. */
public final class Structures {

    private Structures() {
    }

    /** The structure of a document being indexed. */
    public static DocumentStructure of(IngestedDocument doc) {
        return of(doc.paragraphs(), doc.metadata().title(), doc.metadata().noticeTitle(), doc.pageJoins());
    }

    /**
     * The structure of a document's paragraphs.
     *
     * @param title       the document's title
     * @param noticeTitle the wrapping notice's title, or {@code null} when there is no notice
     * @param pageJoins   indexes of paragraphs a newspaper page join began
     */
    public static DocumentStructure of(List<String> paragraphs, String title, String noticeTitle, Set<Integer> pageJoins) {
        return StructureParser.parse(paragraphs, noticeTitle == null ? null : title, pageJoins);
    }

    /** The abbreviations as {@link DocumentBlocks} stores them, or {@code null} when there are none. */
    static String encodeAbbreviations(List<Abbreviations.Abbreviation> found) {
        return found.isEmpty() ? null : found.stream()
                .map(a -> oneLine(a.shortForm()) + "\t" + oneLine(a.fullForm()))
                .collect(Collectors.joining("\n"));
    }

    /** The abbreviations {@link DocumentBlocks} stored. */
    public static List<Abbreviations.Abbreviation> decodeAbbreviations(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return stored.lines().map(line -> line.split("\t", 2))
                .map(parts -> new Abbreviations.Abbreviation(parts[0], parts[1])).toList();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\t\n\r]", " ");
    }
}
