package cn.policyportal.clause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.policyportal.index.DocumentInfo;
import cn.policyportal.snapshot.Snapshot;
import cn.policyportal.structure.TitleMatch;
import cn.policyportal.text.CharacterPairs;

/**
 * The titles of a snapshot's documents as clause lookups compare them: normalised once, grouped by
 * title, with the index that tells which can match a query. Documents keep the snapshot's order,
 * newest first.
 */
public final class Titles {

    /** The titles of a snapshot, made on its first clause lookup or citation. */
    public static final Snapshot.View<Titles> VIEW = Titles::new;

    /**
     * A document with its titles as {@link TitleMatch#normalise} reads them and the title's
     * character pairs ({@link CharacterPairs}), made once: clause lookups and title suggestions compare
     * them, those {@link TitleIndex} lets through, on every such query.
     *
     * @param noticeTitle the normalised notice title, or {@code null} when it has none
     */
    record Titled(DocumentInfo doc, String title, String noticeTitle, int[] grams) {
    }

    private final List<Titled> titled;
    /** Documents by normalised title and by normalised notice title, newest first. */
    private final Map<String, List<Titled>> byTitle = new HashMap<>();
    private final TitleIndex index;

    private Titles(Snapshot snapshot) {
        List<Titled> titles = new ArrayList<>(snapshot.documents().size());
        for (DocumentInfo info : snapshot.documents()) {
            String title = TitleMatch.normalise(info.title());
            titles.add(new Titled(info, title,
                    info.noticeTitle() == null ? null : TitleMatch.normalise(info.noticeTitle()), CharacterPairs.of(title)));
        }
        this.titled = List.copyOf(titles);
        for (Titled t : titled) {
            byTitle.computeIfAbsent(t.title(), k -> new ArrayList<>()).add(t);
            if (t.noticeTitle() != null && !t.noticeTitle().equals(t.title())) {
                byTitle.computeIfAbsent(t.noticeTitle(), k -> new ArrayList<>()).add(t);
            }
        }
        this.index = new TitleIndex(titled);
    }

    /** The corpus document a cited title names, if the corpus holds one: the newest such document. */
    public DocumentInfo resolve(String citedTitle) {
        // A full match, score 4, is equality of the normalised titles: no other test is needed.
        String wanted = TitleMatch.normalise(citedTitle);
        List<Titled> named = wanted.isEmpty() ? List.of() : withTitle(wanted);
        return named.isEmpty() ? null : named.get(0).doc();
    }

    /** The documents whose normalised title or notice title is {@code normalised}, newest first. */
    List<Titled> withTitle(String normalised) {
        return byTitle.getOrDefault(normalised, List.of());
    }

    /** Every document with its normalised titles, newest first. */
    List<Titled> titled() {
        return titled;
    }

    /** Which of {@link #titled()} can match a title query at all, by position in it. */
    TitleIndex index() {
        return index;
    }
}
