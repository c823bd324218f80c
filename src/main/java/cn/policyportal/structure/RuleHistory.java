package cn.policyportal.structure;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rule's text says about its place in time, read once at index time by
 * {@link RuleHistoryParser}: which version it is, when it takes effect, and which rules it repeals.
 *
 * @param versionDate   the date of this version: its last 修正/修订, else its 通过/公布 or 成文 date, else
 *                      the date in its file name; {@code null} when none is known
 * @param versionLabel  how the version is named, such as 2023年修正 or 2016年通过
 * @param effectiveDate when this version takes effect (自2021年1月1日起施行), or {@code null}
 * @param provisional   whether the rule calls itself 试行 or 暂行
 * @param part          the part of a code this file holds (第五编 婚姻家庭), or {@code null} for a whole text
 * @param repeals       the titles the text declares repealed (《X》同时废止, …予以废止), as written
 */
public record RuleHistory(LocalDate versionDate, String versionLabel, LocalDate effectiveDate, boolean provisional,
                          String part, List<String> repeals) {

    /** What is known of a text that states nothing of its history. */
    public static final RuleHistory NONE = new RuleHistory(null, null, null, false, null, List.of());

    public RuleHistory {
        repeals = repeals == null ? List.of() : List.copyOf(repeals);
    }
}
