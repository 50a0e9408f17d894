package dk.harness.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A benchmarking round: the truth sets and criteria units are judged against, and a deadline. The latest accepted
 * submission per unit and sample at the deadline forms its plan ({@link Rounds#plan}).
 *
 * @param id its id (a folder name)
 * @param title for people
 * @param truthSets what submissions are compared with
 * @param criteriaSha256 sha256 of the council criteria file copied into the round when it was opened
 * @param criteriaVersion that file's {@code criteria_version}
 * @param deadline submissions after it are refused
 * @param state open (accepting submissions), closed, or published (results visible to the council)
 * @param unitsMaySee whether units may see the council report once published
 * @param createdAt ISO-8601 UTC
 * @param runState none, running, done or failed
 * @param runId the last run's id, or null
 * @param runDir the last run's folder, or null
 * @param runMessage what the last run said (its exit, or why it failed), or null
 */
public record Round(String id, String title, List<RoundTruthSet> truthSets, String criteriaSha256,
    String criteriaVersion, Instant deadline, State state, boolean unitsMaySee, String createdAt, String runState,
    String runId, String runDir, String runMessage) {
  public Round {
    truthSets = List.copyOf(truthSets);
  }

  /** A round's states, in order. */
  public enum State { OPEN, CLOSED, PUBLISHED }

  /** The truth set for a sample: the one named, or the only one describing that sample. */
  public Optional<RoundTruthSet> truthSetFor(String sample, String truthSetId) {
    if (truthSetId != null && !truthSetId.isBlank()) {
      return truthSets.stream().filter(t -> t.id().equals(truthSetId) && t.sample().equals(sample)).findFirst();
    }
    final List<RoundTruthSet> matching = truthSets.stream().filter(t -> t.sample().equals(sample)).toList();
    return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
  }

  /** Whether a submission made at {@code at} is in time and the round still takes submissions. */
  public boolean accepts(Instant at) {
    return state == State.OPEN && !at.isAfter(deadline);
  }
}
