package cn.policyportal.measures;

import java.time.LocalDate;

/**
 * The aggregate progress a rectification report states, such as 在247项整改举措中，已办结123项，112项将于年底前完成.
 * A count the report does not state is {@code null}.
 *
 * @param path          the unit that states it
 * @param asOf          the date the counts refer to (截至10月31日), else the report's date
 * @param total         measures or tasks in all
 * @param completed     completed (已办结, 已基本完成)
 * @param dueByYearEnd  to be completed by the end of the year
 * @param ongoing       to be continued (需要持续推进)
 * @param text          the sentence as written
 */
public record ProgressReport(String path, LocalDate asOf, Integer total, Integer completed, Integer dueByYearEnd,
                             Integer ongoing, String text) {
}
