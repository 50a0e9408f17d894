package dk.harness.compare;

import dk.harness.core.ReferenceSequence;
import dk.harness.core.RegionSet;
import dk.harness.io.FastaReference;
import dk.harness.io.LoadedRecord;
import dk.harness.io.RefCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one contig of truth, query and reference, checks REF alleles and applies the target regions. Owns the
 * readers, which are not thread-safe: call {@link #load} from one thread at a time (the run calls it from its
 * single reading thread).
 */
final class ContigLoader {
  /** One side's records, contig by contig. */
  interface Side {
    /** The contig's records (ids = index), empty if none. */
    List<LoadedRecord> read(String contig);

    /** Called after the last contig: fails if records were left unread. */
    void checkConsumed();
  }

  private final Side truth;
  private final Side query;
  private final boolean checkTruthRef;
  private final Path truthPath;
  private final Path queryPath;
  private final FastaReference fasta;
  private final RegionSet target;

  /**
   * @param checkTruthRef whether to check truth REF alleles (false when the truth was checked when loaded)
   * @param target records not overlapping it are dropped before matching; null keeps everything
   */
  ContigLoader(Side truth, Path truthPath, boolean checkTruthRef, Side query, Path queryPath, FastaReference fasta,
      RegionSet target) {
    this.truth = truth;
    this.checkTruthRef = checkTruthRef;
    this.query = query;
    this.truthPath = truthPath;
    this.queryPath = queryPath;
    this.fasta = fasta;
    this.target = target;
  }

  /** @throws dk.harness.io.InputException on bad records or a REF mismatch */
  LoadedContig load(String contig) {
    final long t0 = System.nanoTime();
    final List<LoadedRecord> t = truth.read(contig);
    final List<LoadedRecord> q = query.read(contig);
    final ReferenceSequence ref = fasta.contig(contig);
    if (checkTruthRef) {
      RefCheck.check(truthPath, t, ref, fasta.path());
    }
    RefCheck.check(queryPath, q, ref, fasta.path());
    return new LoadedContig(contig, ref, onTarget(target, contig, t), onTarget(target, contig, q), t.size(), q.size(),
        System.nanoTime() - t0);
  }

  /** Called after the last contig: verifies nothing was left unread. */
  void finish() {
    truth.checkConsumed();
    query.checkConsumed();
  }

  /**
   * Keeps records whose REF span overlaps the target regions, renumbering ids so each id is again the record's
   * index (the engine needs unique ids; the reports pair records and decisions by position).
   */
  static List<LoadedRecord> onTarget(RegionSet target, String contig, List<LoadedRecord> records) {
    if (target == null) {
      return records;
    }
    final List<LoadedRecord> kept = new ArrayList<>();
    for (LoadedRecord r : records) {
      if (target.overlaps(contig, r.variant().start(), r.variant().end())) {
        kept.add(kept.size() == r.variant().id() ? r : r.withId(kept.size()));
      }
    }
    return kept;
  }
}
