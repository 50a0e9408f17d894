package dk.harness.core.sv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SV comparison, Truvari 5.4 {@code bench} semantics: calls inside the regions are filtered, streamed by
 * contig (sorted by name) and start (truth first on ties), cut into chunks wherever the gap to the next call
 * exceeds {@code chunksize}, compared all-against-all within a chunk, and picked ({@link MatchPicker}). Coordinates
 * are 0-based half-open throughout. Deterministic: the same inputs give the same outcomes in the same order.
 * Holds no state between calls of {@link #compare}.
 */
public final class SvBench {
  /** Truvari's thresholds for switching from fetching each region to streaming the file. */
  static final long STREAM_FILE_BYTES = 25L << 20;
  static final int STREAM_INTERVALS = 1000;

  private final SvConfig config;
  private final SvReference reference;

  /**
   * @param reference reference bases for symbolic calls, or null (then symbolic calls are compared by position,
   *     size and type only, and sequence similarity is not computed for them)
   */
  public SvBench(SvConfig config, SvReference reference) {
    this.config = Objects.requireNonNull(config);
    this.reference = reference;
  }

  /**
   * Compares query calls with truth calls.
   *
   * @param regions where calls are counted (e.g. from a BED via {@link SvRegions#fromBed}); null for the truth
   *     header's whole contigs
   * @throws MultiAllelicRecordException when a call inside the regions has more than one ALT allele
   */
  public SvResult compare(SvInput truth, SvInput query, SvRegions regions) {
    final SvRegions truthRegions = regions != null ? regions : SvRegions.wholeContigs(truth.contigs());
    final SvRegions queryRegions = truthRegions.extended(config.extend());
    final MatchScorer scorer = new MatchScorer(config, truth.hasSample() && query.hasSample());
    final MatchPicker picker = MatchPicker.of(config.pick());
    final CallFilter filter = new CallFilter(config, reference);
    final SvExclusions exclusions = new SvExclusions();
    final int[] typed = new int[2];
    final int[] sized = new int[2];
    final Map<String, List<SvVariant>> truthCalls = typed(truth, true, typed, sized);
    final Map<String, List<SvVariant>> queryCalls = typed(query, false, typed, sized);

    final Chunker chunker = new Chunker(config.chunksize());
    final List<SvOutcome> outcomes = new ArrayList<>();
    for (String contig : truthRegions.contigs()) {
      final List<SvVariant> t = inside(contig, truthCalls.get(contig), truthRegions, streams(truth, truthRegions),
          true, exclusions);
      final List<SvVariant> q = inside(contig, queryCalls.get(contig), queryRegions, streams(query, queryRegions),
          false, exclusions);
      int i = 0;
      int j = 0;
      while (i < t.size() || j < q.size()) {
        final boolean takeTruth = j >= q.size() || (i < t.size() && t.get(i).start() <= q.get(j).start());
        final SvVariant v = takeTruth ? t.get(i++) : q.get(j++);
        final String reason = filter.exclusionReason(v, takeTruth);
        if (reason != null) {
          exclusions.add(takeTruth, reason);
          continue;
        }
        final List<List<SvVariant>> done = chunker.add(filter.resolve(v), takeTruth);
        if (done != null) {
          compareChunk(done, chunker.finishedId(), scorer, picker, truthRegions, exclusions, outcomes);
        }
      }
    }
    final List<List<SvVariant>> last = chunker.finish();
    compareChunk(last, chunker.finishedId(), scorer, picker, truthRegions, exclusions, outcomes);
    for (Map.Entry<String, List<SvVariant>> e : truthCalls.entrySet()) {
      if (!truthRegions.contigs().contains(e.getKey())) {
        e.getValue().forEach(v -> exclusions.add(true, "outside the regions"));
      }
    }
    for (Map.Entry<String, List<SvVariant>> e : queryCalls.entrySet()) {
      if (!truthRegions.contigs().contains(e.getKey())) {
        e.getValue().forEach(v -> exclusions.add(false, "outside the regions"));
      }
    }
    return new SvResult(outcomes, SvSummary.of(outcomes), exclusions, typed, sized);
  }

  private Map<String, List<SvVariant>> typed(SvInput in, boolean truthSide, int[] typed, int[] sized) {
    final Map<String, List<SvVariant>> out = new HashMap<>();
    for (SvRecord r : in.records()) {
      final SvVariant v = SvVariant.of(r, config);
      typed[truthSide ? 0 : 1] += v.typeFromEmptySvtype() ? 1 : 0;
      sized[truthSide ? 0 : 1] += v.sizeFromEmptySvlen() ? 1 : 0;
      out.computeIfAbsent(r.contig(), k -> new ArrayList<>()).add(v);
    }
    return out;
  }

  /** Truvari fetches region by region, but streams through a file over 25 MiB or more than 1,000 intervals. */
  private static boolean streams(SvInput in, SvRegions regions) {
    return in.sourceBytes() > STREAM_FILE_BYTES || regions.intervalCount() > STREAM_INTERVALS;
  }

  private static List<SvVariant> inside(String contig, List<SvVariant> calls, SvRegions regions, boolean streamed,
      boolean truthSide, SvExclusions exclusions) {
    if (calls == null) {
      return new ArrayList<>();
    }
    final List<SvVariant> out;
    if (streamed) {
      out = regions.streamed(contig, calls);
    } else {
      out = new ArrayList<>();
      for (SvVariant v : calls) {
        if (regions.contains(v)) {
          out.add(v);
        }
      }
    }
    for (int k = out.size(); k < calls.size(); k++) {
      exclusions.add(truthSide, "outside the regions");
    }
    return out;
  }

  private void compareChunk(List<List<SvVariant>> chunk, int chunkId, MatchScorer scorer, MatchPicker picker,
      SvRegions truthRegions, SvExclusions exclusions, List<SvOutcome> outcomes) {
    final List<SvVariant> bases = chunk.get(0);
    final List<SvVariant> comps = chunk.get(1);
    final List<SvMatch> picked;
    if (bases.isEmpty() || comps.isEmpty()) {
      picked = new ArrayList<>();
      for (int k = 0; k < bases.size(); k++) {
        final SvMatch m = new SvMatch(bases.get(k), null);
        m.chunk = chunkId;
        m.baseIdx = k;
        picked.add(m);
      }
      for (int k = 0; k < comps.size(); k++) {
        final SvMatch m = new SvMatch(null, comps.get(k));
        m.chunk = chunkId;
        m.compIdx = k;
        picked.add(m);
      }
    } else {
      final List<SvMatch> matrix = new ArrayList<>(bases.size() * comps.size());
      for (int b = 0; b < bases.size(); b++) {
        for (int c = 0; c < comps.size(); c++) {
          final SvMatch m = scorer.match(bases.get(b), comps.get(c));
          m.chunk = chunkId;
          m.baseIdx = b;
          m.compIdx = c;
          matrix.add(m);
        }
      }
      picked = picker.pick(matrix, bases.size(), comps.size());
    }
    for (SvMatch m : picked) {
      record(m, truthRegions, exclusions, outcomes);
    }
  }

  /** Truvari's {@code write_match}: the verdicts a picked comparison gives its truth and/or query call. */
  private void record(SvMatch m, SvRegions truthRegions, SvExclusions exclusions, List<SvOutcome> outcomes) {
    SvVariant comp = m.comp;
    if (config.extend() > 0 && comp != null && !m.state && !truthRegions.containsInOne(comp)) {
      exclusions.add(false, "unmatched outside the regions (extend)");
      comp = null;
    }
    if (m.base != null) {
      outcomes.add(new SvOutcome(true, m.base, m.state ? SvOutcome.Verdict.TP : SvOutcome.Verdict.FN, m));
    }
    if (comp != null) {
      if (m.state) {
        outcomes.add(new SvOutcome(false, comp, SvOutcome.Verdict.TP, m));
      } else if (comp.size() >= config.sizemin() || comp.isBreakend()) {
        outcomes.add(new SvOutcome(false, comp, SvOutcome.Verdict.FP, m));
      } else {
        exclusions.add(false, "unmatched between sizefilt and sizemin");
      }
    }
  }

  /**
   * Truvari's chunker state: a chunk ends when the next call starts more than {@code chunksize} after the furthest
   * end so far, or is on another contig. Chunk ids count every chunk from 1, empty ones included.
   */
  private static final class Chunker {
    private final int chunksize;
    private List<SvVariant> bases = new ArrayList<>();
    private List<SvVariant> comps = new ArrayList<>();
    private String contig;
    private long end;
    private int count;

    Chunker(int chunksize) {
      this.chunksize = chunksize;
    }

    /** Adds a call; returns the chunk it closed (truth calls, query calls), or null. */
    List<List<SvVariant>> add(SvVariant v, boolean truthSide) {
      List<List<SvVariant>> closed = null;
      final boolean newContig = contig != null && !v.contig().equals(contig);
      final boolean gap = end != 0 && end + chunksize < v.start();
      if (newContig || gap) {
        closed = finish();
        contig = null;
        end = 0;
      }
      contig = v.contig();
      end = Math.max(end, v.end());
      (truthSide ? bases : comps).add(v);
      return closed;
    }

    List<List<SvVariant>> finish() {
      count++;
      final List<List<SvVariant>> out = List.of(bases, comps);
      bases = new ArrayList<>();
      comps = new ArrayList<>();
      return out;
    }

    int finishedId() {
      return count;
    }
  }
}
