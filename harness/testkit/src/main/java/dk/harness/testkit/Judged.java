package dk.harness.testkit;

import dk.harness.core.Decision;
import dk.harness.io.LoadedRecord;

/**
 * One input record and what the engine decided for it. Immutable.
 *
 * @param record the record as read
 * @param decision the engine's decision, or {@code null} when the record was removed before matching (a
 *     filtered record in a PASS-only run)
 */
public record Judged(LoadedRecord record, Decision decision) {

  /** Whether the record took part in matching. */
  public boolean compared() {
    return decision != null;
  }

  /** {@code 21:1234 A>G 0/1}: how records are named in failure messages. */
  public String describe() {
    return record.contig() + ":" + record.pos() + " " + record.ref() + ">" + String.join(",", record.alts()) + " "
        + record.gt() + (record.variant().pass() ? "" : " [" + record.filter() + (record.ft() == null ? "" : " FT=" + record.ft()) + "]");
  }
}
