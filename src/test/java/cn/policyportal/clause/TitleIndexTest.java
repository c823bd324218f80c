package cn.policyportal.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.policyportal.Seeds;
import cn.policyportal.index.DocumentInfo;
import cn.policyportal.structure.TitleMatch;
import cn.policyportal.text.CharacterPairs;

/** The titles the index lets through include every title a full scan would score. */
class TitleIndexTest {

    private static final List<String> MADE_UP = List.of("中华人民共和国专利法", "专利法实施细则", "中华人民共和国民法典",
            "信托法", "法", "科研诚信案件调查处理规则（试行）", "中国科学院科研经费管理办法(2021年修订)");

    private static List<Titles.Titled> titles() {
        List<Titles.Titled> titles = new ArrayList<>();
        List<String> names = new ArrayList<>(MADE_UP);
        Seeds.list().forEach(s -> names.add(s.fileName().replaceFirst("\\.txt$", "")));
        for (int i = 0; i < names.size(); i++) {
            String title = TitleMatch.normalise(names.get(i));
            String notice = i % 3 == 0 ? TitleMatch.normalise("关于印发《" + names.get(i) + "》的通知") : null;
            DocumentInfo info = new DocumentInfo("d" + i, names.get(i), notice, null, null, null, null, null, null, null, null);
            titles.add(new Titles.Titled(info, title, notice, CharacterPairs.of(title)));
        }
        return titles;
    }

    private final List<Titles.Titled> titles = titles();
    private final TitleIndex index = new TitleIndex(titles);
    private final List<String> queries = queries(titles, new Random(7));

    @Test
    void everyTitleAQueryScoresIsAmongThoseHoldingItsCharacters() {
        for (String q : queries) {
            List<Integer> scored = IntStream.range(0, titles.size()).filter(i -> score(q, titles.get(i)) > 0).boxed().toList();
            int[] holding = index.withCharactersOf(q);
            assertThat(IntStream.of(holding).boxed().toList()).as(q).containsAll(scored);
            assertThat(holding).as(q).isSorted();
        }
        assertThat(index.withCharactersOf("专利法")).as("a title without one of them is left out")
                .doesNotContain(titles.indexOf(titles.stream().filter(t -> t.title().equals("信托法")).findFirst().orElseThrow()));
        assertThat(index.withCharactersOf("鑫")).isEmpty();
    }

    @Test
    void theTitlesSharingAPairAreExactlyThoseWithSomeSimilarity() {
        for (String q : queries) {
            int[] grams = CharacterPairs.of(TitleMatch.normalise(q));
            int[] similar = IntStream.range(0, titles.size())
                    .filter(i -> CharacterPairs.dice(grams, titles.get(i).grams()) > 0).toArray();
            assertThat(index.sharingAPairWith(grams)).as(q).containsExactly(similar);
        }
    }

    private static int score(String q, Titles.Titled t) {
        return Math.max(TitleMatch.scoreNormalised(q, t.title()),
                t.noticeTitle() == null ? 0 : TitleMatch.scoreNormalised(q, t.noticeTitle()));
    }

    /** Pieces of the titles, their characters in order with gaps, and random mixes of their characters. */
    private static List<String> queries(List<Titles.Titled> titles, Random random) {
        String alphabet = String.join("", titles.stream().map(Titles.Titled::title).toList()) + "鑫";
        List<String> queries = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            String title = titles.get(random.nextInt(titles.size())).title();
            int from = random.nextInt(title.length());
            int to = from + 1 + random.nextInt(title.length() - from);
            queries.add(switch (n % 3) {
                case 0 -> title.substring(from, to);
                case 1 -> everyOther(title.substring(from, to));
                default -> mix(alphabet, random);
            });
        }
        return queries;
    }

    private static String everyOther(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i += 2) {
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    private static String mix(String alphabet, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
