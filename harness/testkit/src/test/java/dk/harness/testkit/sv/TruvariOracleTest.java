package dk.harness.testkit.sv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.sv.SvBench;
import dk.harness.core.sv.SvConfig;
import dk.harness.core.sv.SvOutcome;
import dk.harness.core.sv.SvRecord;
import dk.harness.core.sv.SvRegions;
import dk.harness.core.sv.SvResult;
import dk.harness.core.sv.SvSummary;
import dk.harness.io.SvBed;
import dk.harness.io.SvVcf;
import dk.harness.io.SvVcfReader;
import dk.harness.testkit.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Truvari 5.4.0's answers on the shared HG002 chr21 SV data ({@code hg002-chr21-sv/expected}): for every recorded
 * run, with the parameters of its {@code command.txt}, the summary counts and the records in each of Truvari's
 * four output VCFs (tp-base, tp-comp, fp, fn) must be ours, record for record (CHROM, POS, ID, REF, ALT, with
 * multiplicity, so a caller's duplicated records must fall on the same side as in Truvari).
 */
class TruvariOracleTest {
  private static final String DATA = "hg002-chr21-sv";

  static Stream<Arguments> runs() throws IOException {
    final SharedData data = SharedData.require();
    final List<Arguments> out = new ArrayList<>();
    for (String group : List.of("truvari", "truvari-other")) {
      final Path dir = data.require(DATA + "/expected/" + group);
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(Files::isDirectory).sorted().forEach(p -> out.add(Arguments.of(group + "/" + p.getFileName())));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void sameCountsAndRecordsAsTruvari(String name) throws IOException {
    final Path root = SharedData.require().require(DATA);
    final TruvariRun run = TruvariRun.read(root.resolve("expected").resolve(name), name);
    // The svtype-dot run documents Truvari's literal reading of SVTYPE=. (UNK); the harness's default types such
    // calls from their alleles, so this run is reproduced with that rule switched off.
    final SvConfig config = name.endsWith("pbsv-svtype-dot") ? run.config().withTypeFromAlleles(false) : run.config();
    final SvResult result = bench(root, run.base(), run.comp(), run.includebed(), config);
    assertSameAsTruvari(run.folder(), result);
  }

  @Test
  void originalPbsvFileGivesTruvarisAnswerForTheRepairedOne() throws IOException {
    // The harness reads calls/ as it is (undeclared SVLEN, SVTYPE=.): typing from the alleles gives exactly what
    // Truvari gives on the derived file with SVTYPE removed.
    final Path root = SharedData.require().require(DATA);
    final TruvariRun run = TruvariRun.read(root.resolve("expected/truvari/pbsv"), "pbsv");
    final SvResult result = bench(root, run.base(), "calls/hg19.HG002.pbsv.chr21.vcf.gz", run.includebed(),
        run.config());
    assertSameAsTruvari(run.folder(), result);
    assertEquals(423, result.typedFromAlleles()[1], "all 423 pbsv records have SVTYPE=. and are typed from alleles");
  }

  static SvResult bench(Path root, String base, String comp, String bed, SvConfig config) {
    final SvVcf truth = SvVcfReader.read(root.resolve(base), null);
    final SvVcf query = SvVcfReader.read(root.resolve(comp), null);
    final SvRegions regions = bed == null ? null : SvBed.read(root.resolve(bed), truth.input().contigs().keySet());
    return new SvBench(config, null).compare(truth.input(), query.input(), regions);
  }

  static Stream<Arguments> extraRuns() throws IOException, URISyntaxException {
    final Path dir = Path.of(TruvariOracleTest.class.getResource("/truvari-extra").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().map(p -> Arguments.of(p.getFileName().toString(), p)).toList()
          .stream();
    }
  }

  /**
   * Further Truvari 5.4.0 runs on the same inputs (pick ac/multi, typeignore, dup-to-ins, extend, no-ref, size
   * bounds, breakend decomposition, self-comparison, CMRG truth): counts and records.tsv (see the folder's
   * README.md) must be ours.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("extraRuns")
  void sameAsTruvariOnFurtherRuns(String name, Path folder) throws IOException {
    final Path root = SharedData.require().require(DATA);
    final TruvariRun run = TruvariRun.read(folder, name);
    final SvResult result = bench(root, run.base(), run.comp(), run.includebed(), run.config());
    final Map<String, List<String>> theirs = new TreeMap<>();
    for (String line : Files.readAllLines(folder.resolve("records.tsv"))) {
      final int tab = line.indexOf('\t');
      theirs.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
    }
    assertSameAsTruvari(folder, result, theirs);
  }

  static void assertSameAsTruvari(Path expected, SvResult result) throws IOException {
    final Map<String, List<String>> theirs = new TreeMap<>();
    for (String file : List.of("tp-base", "tp-comp", "fp", "fn")) {
      for (SvRecord r : SvVcfReader.read(expected.resolve(file + ".vcf.gz"), null).input().records()) {
        theirs.computeIfAbsent(file, k -> new ArrayList<>()).add(key(r));
      }
    }
    assertSameAsTruvari(expected, result, theirs);
  }

  static void assertSameAsTruvari(Path expected, SvResult result, Map<String, List<String>> truvari)
      throws IOException {
    final SvSummary s = result.summary();
    final String json = Files.readString(expected.resolve("summary.json"));
    final String counts = "TP-base=" + s.tpBase() + " TP-comp=" + s.tpComp() + " FP=" + s.fp() + " FN=" + s.fn()
        + " base cnt=" + s.baseCnt() + " comp cnt=" + s.compCnt() + " TP-comp_TP-gt=" + s.tpCompTpGt()
        + " TP-comp_FP-gt=" + s.tpCompFpGt() + " TP-base_TP-gt=" + s.tpBaseTpGt() + " TP-base_FP-gt="
        + s.tpBaseFpGt();
    final String want = "TP-base=" + num(json, "TP-base") + " TP-comp=" + num(json, "TP-comp") + " FP="
        + num(json, "FP") + " FN=" + num(json, "FN") + " base cnt=" + num(json, "base cnt") + " comp cnt="
        + num(json, "comp cnt") + " TP-comp_TP-gt=" + num(json, "TP-comp_TP-gt") + " TP-comp_FP-gt="
        + num(json, "TP-comp_FP-gt") + " TP-base_TP-gt=" + num(json, "TP-base_TP-gt") + " TP-base_FP-gt="
        + num(json, "TP-base_FP-gt");
    final Map<String, List<String>> ours = new TreeMap<>();
    for (SvOutcome o : result.outcomes()) {
      final String file = o.truthSide() ? (o.verdict() == SvOutcome.Verdict.TP ? "tp-base" : "fn")
          : (o.verdict() == SvOutcome.Verdict.TP ? "tp-comp" : "fp");
      ours.computeIfAbsent(file, k -> new ArrayList<>()).add(key(o.variant().record()));
    }
    final StringBuilder diffs = new StringBuilder();
    for (String file : List.of("tp-base", "tp-comp", "fp", "fn")) {
      final List<String> theirs = new ArrayList<>(truvari.getOrDefault(file, List.of()));
      final List<String> mine = new ArrayList<>(ours.getOrDefault(file, List.of()));
      theirs.sort(null);
      mine.sort(null);
      final List<String> onlyTheirs = new ArrayList<>(theirs);
      mine.forEach(onlyTheirs::remove);
      final List<String> onlyMine = new ArrayList<>(mine);
      theirs.forEach(onlyMine::remove);
      if (!onlyTheirs.isEmpty() || !onlyMine.isEmpty()) {
        diffs.append("\n").append(file).append(": only Truvari ").append(onlyTheirs).append("; only harness ")
            .append(onlyMine);
      }
    }
    assertEquals(want, counts, "summary counts differ from " + expected + diffs);
    assertTrue(diffs.length() == 0, "records differ from " + expected + diffs);
  }

  /** CHROM, POS, ID, REF length and ALT (cut at 40 bases), tab-separated: the columns of records.tsv. */
  private static String key(SvRecord r) {
    final String alt = r.alt() == null ? "." : r.alt();
    return r.contig() + "\t" + r.pos() + "\t" + r.id() + "\t" + r.ref().length() + "\t"
        + (alt.length() > 40 ? alt.substring(0, 40) + "..(" + alt.length() + ")" : alt);
  }

  private static String num(String json, String key) {
    final Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": (-?[0-9]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + key + " in summary.json");
    }
    return m.group(1);
  }
}
