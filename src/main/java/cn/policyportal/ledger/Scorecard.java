package cn.policyportal.ledger;

/**
 * One lead department's figures for a round and a day.
 *
 * @param inScope         measures it leads in the round
 * @param reported        of these, reports sent (submitted or accepted)
 * @param accepted        of these, reports accepted
 * @param reportRate      报送率: reported / inScope, 0–1
 * @param dueByAsOf       measures it leads that were due on or before the day
 * @param completedOnTime of these, completed on or before their due date
 * @param onTimeRate      按期完成率: completedOnTime / dueByAsOf, or {@code null} when none was due
 * @param overdue         measures it leads that are overdue on the day
 */
public record Scorecard(String department, int inScope, int reported, int accepted, double reportRate, int dueByAsOf,
                        int completedOnTime, Double onTimeRate, int overdue) {
}
