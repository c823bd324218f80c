package cn.policyportal.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The titles a repeal statement names, on twenty statements of real laws checked by hand, and sentences that repeal nothing. */
class RepealStatementsTest {

    private static final Path SAMPLE = Path.of("src/test/resources/versions/repeal-statements.tsv");

    static Stream<Arguments> handChecked() throws IOException {
        return Files.readAllLines(SAMPLE).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], List.of(f[1].split("\\|"))));
    }

    @ParameterizedTest
    @MethodSource("handChecked")
    void namesTheRulesAStatementRepeals(String sentence, List<String> titles) {
        assertThat(RepealStatements.in(List.of(sentence))).containsExactlyElementsOf(titles.stream()
                .map(t -> t.replace('〈', '《').replace('〉', '》')).toList());
    }

    @org.junit.jupiter.api.Test
    void theSampleHoldsTwentyStatements() throws IOException {
        assertThat(handChecked()).hasSize(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "对违反本法规定的规章，应当予以废止。",
        "依照《中华人民共和国立法法》的规定，制定本条例。",
        "本法自2021年1月1日起施行。",
        "《中华人民共和国行政许可法》第十二条规定的事项，不得同时废止其他规定。"})
    void aSentenceThatRepealsNoNamedRuleNamesNone(String sentence) {
        assertThat(RepealStatements.in(List.of(sentence))).isEmpty();
    }
}
