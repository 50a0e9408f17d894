package dk.harness.compare.sv;

import dk.harness.core.RegionSet;
import dk.harness.core.ReferenceSequence;
import dk.harness.core.sv.MultiAllelicRecordException;
import dk.harness.core.sv.SvBench;
import dk.harness.core.sv.SvOutcome;
import dk.harness.core.sv.SvReference;
import dk.harness.core.sv.SvRegions;
import dk.harness.core.sv.SvResult;
import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.io.Stratifications;
import dk.harness.io.SvBed;
import dk.harness.io.SvResultVcfWriter;
import dk.harness.io.SvVcf;
import dk.harness.io.SvVcfReader;
import dk.harness.report.Sha256;
import dk.harness.compare.ProgressSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one SV comparison end to end: read, compare (Truvari 5.4 bench semantics), write the result folder
 * atomically. Outputs (in {@link SvSettings#output()}): {@code summary.json} and {@code params.json} as Truvari
 * writes them, {@code tp-base.vcf.gz}, {@code tp-comp.vcf.gz}, {@code fp.vcf.gz}, {@code fn.vcf.gz} (with
 * {@code .tbi}; records annotated with Truvari's INFO fields), and {@code metrics.json}.
 */
public final class SvComparison {
  private SvComparison() {
  }

  /** What a run produced. */
  public record Outcome(SvResult result, Path folder, List<Path> files) {
  }

  /**
   * @throws InputException for unusable input (exit code 2); nothing is left in the output folder then
   */
  public static Outcome run(SvSettings s, String version, ProgressSink progress) throws IOException {
    // The query is read, the inputs digested and the JSON writer loaded on other threads while this one reads the
    // truth; errors are reported in the order of a sequential run (truth, query, BED).
    final Background<SvVcf> queryRead = Background.start("sv-read-query",
        () -> SvVcfReader.read(s.query(), s.querySample(), s.config().passonly()));
    final Background<Map<String, Object>> digests = Background.start("sv-digest", () -> {
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("truth", digest(s.truth()));
      m.put("query", digest(s.query()));
      m.put("includebed", digest(s.includeBed()));
      m.put("reference", digest(s.reference()));
      m.put("stratification", digest(s.stratification()));
      SvMetricsJson.warmUp();
      return m;
    });
    final SvVcf truth = SvVcfReader.read(s.truth(), s.truthSample(), s.config().passonly());
    final SvVcf query = queryRead.join();
    final SvRegions regions = s.includeBed() == null ? null
        : SvBed.read(s.includeBed(), truth.input().contigs().keySet());
    if (s.config().extend() > 0 && s.includeBed() == null) {
      throw new InputException(null, -1, "--extend only works with --includebed", "add --includebed or drop --extend");
    }
    final List<Stratifications.Stratum> strata = s.stratification() == null ? List.of()
        : Stratifications.read(s.stratification());
    final List<String> warnings = new ArrayList<>();
    warnings.addAll(truth.warnings());
    warnings.addAll(query.warnings());
    final SvResult result;
    try (FastaReference fasta = s.reference() == null ? null : FastaReference.open(s.reference())) {
      final SvReference ref = fasta == null ? null : adapt(fasta);
      try {
        result = new SvBench(s.config(), ref).compare(truth.input(), query.input(), regions);
      } catch (MultiAllelicRecordException e) {
        final Path file = e.truthSide() ? s.truth() : s.query();
        throw new InputException(file, e.record().line(), "record with " + e.record().alts().size()
            + " ALT alleles inside the regions (SV matching, like Truvari, compares one ALT per record)",
            "split multi-allelic records first: bcftools norm -m-any -Oz -o split.vcf.gz " + file.getFileName(), e);
      }
    }
    addTypingWarnings(result, s, warnings);
    warnings.forEach(progress::warn);

    final List<SvBreakdown.Row> rows = new ArrayList<>(SvBreakdown.rows("ALL", result.outcomes(), v -> true));
    for (Stratifications.Stratum st : strata) {
      final RegionSet set = st.load();
      rows.addAll(SvBreakdown.rows(st.name(), result.outcomes(), SvBreakdown.overlapping(set)));
    }
    final Map<String, Object> inputs = new LinkedHashMap<>(digests.join());
    inputs.put("truth_sample", truth.sample());
    inputs.put("query_sample", query.sample());

    try (SvOutputFolder out = SvOutputFolder.create(s.output())) {
      final Path dir = out.dir();
      Files.writeString(dir.resolve("summary.json"), TruvariSummaryJson.write(result.summary()),
          StandardCharsets.UTF_8);
      SvMetricsJson.writeParams(dir.resolve("params.json"), s, truth.sample(), query.sample());
      writeVcfs(dir, truth, query, result);
      SvMetricsJson.write(dir.resolve("metrics.json"), version, inputs, s.config(), result, rows, warnings);
      out.commit();
      final List<Path> files = new ArrayList<>();
      try (var list = Files.list(out.target())) {
        list.sorted().forEach(files::add);
      }
      progress.outputs(files);
      return new Outcome(result, out.target(), files);
    }
  }

  private static void addTypingWarnings(SvResult r, SvSettings s, List<String> warnings) {
    final String[] side = {"truth", "query"};
    final Path[] file = {s.truth(), s.query()};
    for (int i = 0; i < 2; i++) {
      if (r.typedFromAlleles()[i] > 0) {
        warnings.add(file[i] + ": " + r.typedFromAlleles()[i] + " " + side[i] + " record(s) have SVTYPE=. ; typed "
            + "from their alleles (Truvari 5.4 types them UNK, "
            + "so they never match there)");
      }
      if (r.sizedFromAlleles()[i] > 0) {
        warnings.add(file[i] + ": " + r.sizedFromAlleles()[i] + " " + side[i] + " record(s) have SVLEN=. ; sized "
            + "from their alleles or END");
      }
    }
  }

  private static void writeVcfs(Path dir, SvVcf truth, SvVcf query, SvResult result) throws IOException {
    final Map<String, List<SvOutcome>> files = new LinkedHashMap<>();
    for (String f : List.of("tp-base", "tp-comp", "fp", "fn")) {
      files.put(f, new ArrayList<>());
    }
    for (SvOutcome o : result.outcomes()) {
      final String f = o.truthSide() ? (o.verdict() == SvOutcome.Verdict.TP ? "tp-base" : "fn")
          : (o.verdict() == SvOutcome.Verdict.TP ? "tp-comp" : "fp");
      files.get(f).add(o);
    }
    // Two writers, as compression is most of the cost: the files, largest first, each go to the less loaded one.
    final List<String> names = new ArrayList<>(files.keySet());
    final Map<String, Long> bytes = new LinkedHashMap<>();
    for (String f : names) {
      long b = 0;
      for (SvOutcome o : files.get(f)) {
        b += o.variant().record().text().length();
      }
      bytes.put(f, b);
    }
    names.sort((a, b) -> Long.compare(bytes.get(b), bytes.get(a)));
    final List<String> there = new ArrayList<>();
    final List<String> here = new ArrayList<>();
    long loadThere = 0;
    long loadHere = 0;
    for (String f : names) {
      if (loadThere <= loadHere) {
        there.add(f);
        loadThere += bytes.get(f);
      } else {
        here.add(f);
        loadHere += bytes.get(f);
      }
    }
    final Background<Void> other = Background.start("sv-write", () -> {
      for (String f : there) {
        writeVcf(dir, f, truth, query, files.get(f));
      }
      return null;
    });
    for (String f : here) {
      writeVcf(dir, f, truth, query, files.get(f));
    }
    other.join();
  }

  private static void writeVcf(Path dir, String name, SvVcf truth, SvVcf query, List<SvOutcome> outcomes)
      throws IOException {
    final List<SvResultVcfWriter.Line> lines = new ArrayList<>(outcomes.size());
    for (SvOutcome o : outcomes) {
      final var r = o.variant().record();
      lines.add(new SvResultVcfWriter.Line(r.contig(), r.pos(), o.variant().end(),
          TruvariAnnotations.annotate(r.text(), o.match())));
    }
    final SvVcf src = name.equals("tp-base") || name.equals("fn") ? truth : query;
    SvResultVcfWriter.write(dir.resolve(name + ".vcf.gz"), src.metaLines(), TruvariAnnotations.HEADER,
        src.columnLine(), src.input().contigs(), lines);
  }

  private static Map<String, Object> digest(Path p) throws IOException {
    if (p == null) {
      return null;
    }
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", p.toString());
    m.put("sha256", Sha256.of(p));
    return m;
  }

  private static SvReference adapt(FastaReference fasta) {
    final Map<String, Integer> lengths = fasta.contigLengths();
    return new SvReference() {
      @Override
      public long length(String contig) {
        final Integer l = lengths.get(contig);
        return l == null ? -1 : l;
      }

      @Override
      public String bases(String contig, long start, long end) {
        final ReferenceSequence seq = fasta.contig(contig);
        return new String(seq.bases((int) start, (int) Math.min(end, Integer.MAX_VALUE)), StandardCharsets.US_ASCII);
      }
    };
  }
}
