package dk.harness.workflow.shard;

import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.report.Sha256;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code harness plan}: splits a plan into work units. Per submission with a small-variant part: one intake unit,
 * then compare units of whole contigs in reference order, each holding about {@code recordsPerShard} truth plus
 * query records (a contig is never split: the reports stream contig by contig, and a bigger contig simply makes a
 * bigger unit). Per structural-variant part: one sv unit (intake and the whole SV comparison). Records
 * are counted with a CHROM scan of each VCF; every input is checksummed once. A submission whose VCF cannot be
 * scanned gets one compare unit over every reference contig (its intake unit will say what is wrong). Stateless.
 */
public final class ShardPlanner {
  private ShardPlanner() {
  }

  /**
   * Plans the work units of a plan.
   *
   * @param recordsPerShard target size of a compare unit (truth plus query records), at least 1
   * @throws InputException if a truth set's VCF or reference cannot be read (a run would stop on it too)
   * @throws IOException if a checksum cannot be computed
   */
  public static ShardPlan plan(Plan plan, long recordsPerShard) throws IOException {
    if (recordsPerShard < 1) {
      throw new IllegalArgumentException("recordsPerShard must be at least 1");
    }
    final Set<String> usedTruth = new LinkedHashSet<>();
    plan.submissions().stream().filter(PlanSubmission::hasSmallPart).forEach(s -> usedTruth.add(s.truthSetId()));
    final Map<String, Map<String, Long>> truthCounts = new HashMap<>();
    final Map<String, List<String>> referenceOrder = new HashMap<>();
    final Map<String, Long> truthRecords = new TreeMap<>();
    for (PlanTruthSet t : plan.truthSets()) {
      if (!usedTruth.contains(t.id())) {
        continue;
      }
      final Map<String, Long> withoutGt = new HashMap<>();
      final Map<String, Long> counts = countOrFail(t.vcf(), "the truth VCF of truth set '" + t.id() + "'",
          withoutGt);
      truthCounts.put(t.id(), counts);
      // run.json's count is of the records loaded; the reader skips those without GT.
      truthRecords.put(t.id(), counts.values().stream().mapToLong(Long::longValue).sum()
          - withoutGt.values().stream().mapToLong(Long::longValue).sum());
      try (FastaReference fasta = FastaReference.open(t.reference())) {
        referenceOrder.put(t.id(), new ArrayList<>(fasta.contigLengths().keySet()));
      }
    }
    final List<WorkUnit> units = new ArrayList<>();
    final Set<String> inputs = new LinkedHashSet<>();
    for (PlanSubmission s : plan.submissions()) {
      if (!s.hasSmallPart()) {
        addSvUnits(s, plan, units, inputs);
        continue;
      }
      final PlanTruthSet t = plan.truthSet(s.truthSetId()).orElseThrow();
      Map<String, Long> query;
      try {
        query = RecordCounts.count(s.vcf());
      } catch (IOException | RuntimeException e) {
        query = null; // intake reports the problem; the comparison will be refused
      }
      final List<String> intakeInputs = existing(s.vcf(), s.index(), index(s.vcf()), t.vcf(), t.reference(),
          sibling(t.reference(), ".fai"), sibling(t.reference(), ".gzi"));
      units.add(new WorkUnit(units.size(), WorkUnit.Kind.INTAKE, s.unit(), s.sample(), List.of(), 0,
          query == null ? 0 : query.values().stream().mapToLong(Long::longValue).sum(), intakeInputs));
      final List<String> compareInputs = existing(t.vcf(), index(t.vcf()), t.reference(),
          sibling(t.reference(), ".fai"), sibling(t.reference(), ".gzi"), t.confident(), t.stratification(),
          s.vcf(), index(s.vcf()), s.target());
      for (Group g : groups(referenceOrder.get(t.id()), truthCounts.get(t.id()), query, recordsPerShard)) {
        units.add(new WorkUnit(units.size(), WorkUnit.Kind.COMPARE, s.unit(), s.sample(), g.contigs, g.truth,
            g.query, compareInputs));
      }
      inputs.addAll(intakeInputs);
      inputs.addAll(compareInputs);
      addSvUnits(s, plan, units, inputs);
    }
    final List<InputFile> files = new ArrayList<>();
    for (String p : new java.util.TreeSet<>(inputs)) {
      final Path path = Path.of(p);
      files.add(new InputFile(p, Files.size(path), Files.getLastModifiedTime(path).toMillis(), Sha256.of(path)));
    }
    return new ShardPlan(plan.source().toAbsolutePath().normalize().toString(), plan.sha256(), recordsPerShard,
        truthRecords, files, units);
  }

  /** The SV part's unit, after the small-variant part's units (so a submission's units are in part order). */
  private static void addSvUnits(PlanSubmission s, Plan plan, List<WorkUnit> units, Set<String> inputs) {
    for (SubmissionPart p : s.parts()) {
      if (p.structural()) {
        units.add(svUnit(units.size(), p, plan.truthSet(p.truthSetId()).orElseThrow(), inputs));
      }
    }
  }

  /** The one unit of an SV part: it reads the part's VCF and the SV truth set's files. */
  private static WorkUnit svUnit(int index, SubmissionPart p, PlanTruthSet t, Set<String> inputs) {
    long query = 0;
    try {
      query = RecordCounts.count(p.vcf()).values().stream().mapToLong(Long::longValue).sum();
    } catch (IOException | RuntimeException e) {
      // the unit's intake reports the problem
    }
    final List<String> files = existing(p.vcf(), p.index(), index(p.vcf()), t.vcf(), index(t.vcf()), t.confident(),
        t.reference(), t.reference() == null ? null : sibling(t.reference(), ".fai"),
        t.reference() == null ? null : sibling(t.reference(), ".gzi"), t.stratification());
    inputs.addAll(files);
    return new WorkUnit(index, WorkUnit.Kind.SV, p.submission().unit(), p.submission().sample(), List.of(), 0,
        query, files);
  }

  /** Whole contigs, in reference order, cut into groups of about {@code limit} records. */
  private static List<Group> groups(List<String> reference, Map<String, Long> truth, Map<String, Long> query,
      long limit) {
    final List<Group> out = new ArrayList<>();
    if (query == null) {
      out.add(new Group(reference, truth.values().stream().mapToLong(Long::longValue).sum(), 0));
      return out;
    }
    final Map<String, Integer> rank = new HashMap<>();
    reference.forEach(c -> rank.putIfAbsent(c, rank.size()));
    final Set<String> union = new LinkedHashSet<>(truth.keySet());
    union.addAll(query.keySet());
    final List<String> order = new ArrayList<>(union);
    // The order the comparison uses (ContigPlan): reference order, contigs the reference lacks last by name.
    order.sort(Comparator.<String>comparingInt(c -> rank.getOrDefault(c, Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder()));
    Group current = null;
    for (String c : order) {
      final long t = truth.getOrDefault(c, 0L);
      final long q = query.getOrDefault(c, 0L);
      if (current == null || current.truth + current.query + t + q > limit) {
        current = new Group(new ArrayList<>(), 0, 0);
        out.add(current);
      }
      current.contigs.add(c);
      current.truth += t;
      current.query += q;
    }
    if (out.isEmpty()) {
      out.add(new Group(List.of(), 0, 0)); // nothing to compare: one unit still writes the (empty) reports
    }
    return out;
  }

  private static final class Group {
    final List<String> contigs;
    long truth;
    long query;

    Group(List<String> contigs, long truth, long query) {
      this.contigs = contigs;
      this.truth = truth;
      this.query = query;
    }
  }

  private static Map<String, Long> countOrFail(Path vcf, String what, Map<String, Long> withoutGt) {
    try {
      return RecordCounts.count(vcf, withoutGt);
    } catch (IOException | RuntimeException e) {
      throw new InputException(vcf, -1, what + " cannot be read (" + e.getMessage() + ")",
          "fix the truth set's files in the plan", e);
    }
  }

  /** The VCF's sibling .tbi or .csi (the comparison's index), or null. */
  private static Path index(Path vcf) {
    for (String ext : new String[] {".tbi", ".csi"}) {
      final Path p = sibling(vcf, ext);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static Path sibling(Path file, String ext) {
    return file.resolveSibling(file.getFileName() + ext);
  }

  /** Paths of the regular files among these, as strings, without duplicates. */
  private static List<String> existing(Path... files) {
    final Set<String> out = new LinkedHashSet<>();
    for (Path p : files) {
      if (p != null && Files.isRegularFile(p)) {
        out.add(p.toString());
      }
    }
    return new ArrayList<>(out);
  }
}
