package cn.policyportal.clause;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which titles can match a query at all, so that clause lookups and title suggestions score a few
 * titles rather than every title in the corpus: a title that contains a query, or holds its
 * characters in order, holds each of its characters; a title with any Dice similarity to it
 * shares one of its character pairs. Titles are named by their position in the list the index
 * was made from, in ascending order, so a caller keeps the list's order.
 */
final class TitleIndex {

    private static final int[] NONE = new int[0];

    private final Map<Character, int[]> byCharacter;
    private final Map<Integer, int[]> byPair;
    private final int size;

    TitleIndex(List<Titles.Titled> titles) {
        Map<Character, BitSet> characters = new HashMap<>();
        Map<Integer, BitSet> pairs = new HashMap<>();
        for (int i = 0; i < titles.size(); i++) {
            Titles.Titled t = titles.get(i);
            addCharacters(characters, t.title(), i);
            if (t.noticeTitle() != null) {
                addCharacters(characters, t.noticeTitle(), i);
            }
            for (int pair : t.grams()) {
                pairs.computeIfAbsent(pair, k -> new BitSet()).set(i);
            }
        }
        this.byCharacter = toArrays(characters);
        this.byPair = toArrays(pairs);
        this.size = titles.size();
    }

    private static void addCharacters(Map<Character, BitSet> characters, String title, int position) {
        for (int i = 0; i < title.length(); i++) {
            characters.computeIfAbsent(title.charAt(i), k -> new BitSet()).set(position);
        }
    }

    private static <K> Map<K, int[]> toArrays(Map<K, BitSet> sets) {
        Map<K, int[]> arrays = new HashMap<>(sets.size() * 2);
        sets.forEach((key, set) -> arrays.put(key, set.stream().toArray()));
        return arrays;
    }

    /**
     * The titles whose title or notice title may hold every character of {@code q}: those that
     * hold its rarest character; none when one of its characters is in no title.
     */
    int[] withCharactersOf(String q) {
        int[] fewest = NONE;
        for (int i = 0; i < q.length(); i++) {
            int[] holding = byCharacter.get(q.charAt(i));
            if (holding == null) {
                return NONE;
            }
            if (i == 0 || holding.length < fewest.length) {
                fewest = holding;
            }
        }
        return fewest;
    }

    /** The titles sharing at least one of the character pairs {@code grams} ({@link cn.policyportal.text.CharacterPairs#of}). */
    int[] sharingAPairWith(int[] grams) {
        BitSet sharing = new BitSet(size);
        for (int pair : grams) {
            int[] holding = byPair.get(pair);
            if (holding != null) {
                for (int position : holding) {
                    sharing.set(position);
                }
            }
        }
        return sharing.stream().toArray();
    }
}
