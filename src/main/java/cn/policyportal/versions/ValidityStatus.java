package cn.policyportal.versions;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** A rule's validity in the words of the national law database (国家法律法规数据库). */
public enum ValidityStatus {
    IN_FORCE("现行有效"),
    AMENDED("已修改"),
    REPEALED("已废止"),
    NOT_YET_IN_FORCE("尚未生效");

    private final String label;

    ValidityStatus(String label) {
        this.label = label;
    }

    /** The word the pages and the API use. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The status named {@code label} (现行有效 …), if it names one. */
    public static Optional<ValidityStatus> of(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    /** The four words, for a message that lists them. */
    public static String labels() {
        return String.join("、", Arrays.stream(values()).map(ValidityStatus::label).toList());
    }
}
