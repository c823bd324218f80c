package cn.policyportal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.policyportal.Seeds;
import cn.policyportal.structure.Abbreviations;
import cn.policyportal.structure.Abbreviations.Abbreviation;

/** What the indexer stores beside the text and reads back. */
class StructuresTest {

    @Test
    void theAbbreviationsOfASeedComeBackAsTheParserFoundThem() {
        List<Abbreviation> found = Abbreviations.of(Seeds.INSPECTION_RULES.text().lines().toList());
        assertThat(found).extracting(Abbreviation::shortForm).contains("巡视办");
        assertThat(Structures.decodeAbbreviations(Structures.encodeAbbreviations(found))).isEqualTo(found);
    }

    @Test
    void tabsAndLineBreaksInsideAFormCannotSplitTheStoredLines() {
        List<Abbreviation> stored = Structures.decodeAbbreviations(Structures.encodeAbbreviations(
                List.of(new Abbreviation("评\t审会", "课题评审\n专家委员会"), new Abbreviation("巡视办", "巡视工作办公室"))));
        assertThat(stored).containsExactly(new Abbreviation("评 审会", "课题评审 专家委员会"),
                new Abbreviation("巡视办", "巡视工作办公室"));
    }

    @Test
    void aDocumentWithoutAbbreviationsStoresNothing() {
        assertThat(Structures.encodeAbbreviations(List.of())).isNull();
        assertThat(Structures.decodeAbbreviations(null)).isEmpty();
    }
}
