package dk.harness.server;

/**
 * One unit's results for one sample in a round's run, as the run wrote them.
 *
 * @param unit the unit
 * @param sample the sample
 * @param verdictJson the run's {@code verdict.json}, or null
 * @param summaryCsv the run's {@code summary.csv}, or null
 */
public record UnitResult(String unit, String sample, String verdictJson, String summaryCsv) {
}
