package cn.policyportal.ledger;

/**
 * A measure as a department sees it in a round.
 *
 * @param duty   {@code lead} when the caller's department leads it (and reports), {@code assist}
 *               when it assists, {@code office} for the office and leaders, who see every measure
 * @param report the report of the round, or {@code null} when none is saved yet
 */
public record MyMeasure(MeasureView measure, String duty, Report report) {
}
