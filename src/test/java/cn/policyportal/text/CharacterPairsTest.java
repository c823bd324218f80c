package cn.policyportal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The numeric character pairs give the Dice coefficient of the pairs written out as strings. */
class CharacterPairsTest {

    @Test
    void sharedPairsAreCountedAsOftenAsBothTitlesHaveThem() {
        assertThat(CharacterPairs.dice(CharacterPairs.of("专利法"), CharacterPairs.of("专利法"))).isEqualTo(1.0);
        assertThat(CharacterPairs.dice(CharacterPairs.of("专利专利"), CharacterPairs.of("专利"))).isCloseTo(2.0 * 1 / 4, within(1e-12));
        assertThat(CharacterPairs.dice(CharacterPairs.of("法"), CharacterPairs.of("法律"))).isZero();
        assertThat(CharacterPairs.dice(CharacterPairs.of("法"), CharacterPairs.of("法"))).isEqualTo(1.0);
        assertThat(CharacterPairs.dice(CharacterPairs.of(""), CharacterPairs.of("法律"))).isZero();
    }

    @Test
    void randomTitlesScoreAsTheStringPairsDo() {
        Random random = new Random(42);
        String alphabet = "中华人民共和国专利法实施办法条例规定巡视整改工作";
        for (int i = 0; i < 2000; i++) {
            String a = draw(random, alphabet);
            String b = draw(random, alphabet);
            assertThat(CharacterPairs.dice(CharacterPairs.of(a), CharacterPairs.of(b))).as(a + " / " + b)
                    .isCloseTo(stringDice(a, b), within(1e-12));
        }
    }

    private static String draw(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** The plain definition: pairs as strings, each shared pair taken out of the other list once. */
    private static double stringDice(String a, String b) {
        List<String> x = pairs(a);
        List<String> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int total = x.size() + y.size();
        int shared = 0;
        for (String g : x) {
            if (y.remove(g)) {
                shared++;
            }
        }
        return 2.0 * shared / total;
    }

    private static List<String> pairs(String s) {
        List<String> pairs = new ArrayList<>();
        if (s.length() == 1) {
            pairs.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            pairs.add(s.substring(i, i + 2));
        }
        return pairs;
    }
}
