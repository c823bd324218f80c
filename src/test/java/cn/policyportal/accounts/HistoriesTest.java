package cn.policyportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Histories by key keep their records oldest first, and a new record makes a new map. */
class HistoriesTest {

    @Test
    void recordsAreGroupedByKeyOldestFirstAndFrozen() {
        Map<String, List<String>> histories = Histories.of(List.of("a1", "b1", "a2"), r -> r.substring(0, 1));
        assertThat(histories).containsExactlyInAnyOrderEntriesOf(Map.of("a", List.of("a1", "a2"), "b", List.of("b1")));
        assertThatThrownBy(() -> histories.get("a").add("a3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAppendedRecordComesLastInANewMapAndTheOldOneStaysAsItWas() {
        Map<String, List<String>> before = Histories.of(List.of("a1"), r -> "a");
        Map<String, List<String>> after = Histories.appended(Histories.appended(before, "a", "a2"), "c", "c1");
        assertThat(after).containsExactlyInAnyOrderEntriesOf(Map.of("a", List.of("a1", "a2"), "c", List.of("c1")));
        assertThat(before).containsExactlyEntriesOf(Map.of("a", List.of("a1")));
    }
}
