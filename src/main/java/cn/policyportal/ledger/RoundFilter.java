package cn.policyportal.ledger;

/**
 * The measures filter a round is opened over: what {@code /measures} shows for the same parameters.
 *
 * @param query the filter as the measures routes read it
 * @param text  the same filter as a query string, kept with the round so the office can open it on {@code /measures}
 */
public record RoundFilter(MeasureQuery query, String text) {
}
