package dk.harness.council;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.sv.SvComparison;
import dk.harness.compare.sv.SvSettings;
import dk.harness.core.sv.SvConfig;
import dk.harness.testdata.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run folder with SV parts in the shape of the SV contract, made with the real {@link SvComparison} on the
 * shared HG002 chr21 SV data (GIAB Tier1 v0.6 truth, Truvari's GIAB parameters of
 * {@code expected/truvari/*}/command.txt):
 *
 * <ul>
 *   <li>{@code north}: Manta, listed in run.json with verdict FAIL and reasons (hostile text in reasons and
 *       pipeline name, for the escaping tests);
 *   <li>{@code south}: pbsv (SVTYPE removed, as the shared data's derived file), listed with a {@code gates}
 *       object of status PASS instead of the verdict field;
 *   <li>{@code east}: DELLY, on disk only (no run.json entry: an older run folder);
 *   <li>{@code west}: listed with verdict ERROR and no output (not compared).
 * </ul>
 *
 * No small-variant part: run.json lists only SV entries. Built once per test JVM under
 * {@code target/council-sv-fixture/}.
 */
final class SvFixture {
  static final SvConfig GIAB = SvConfig.defaults().withPassonly(true).withRefdist(1000).withPctseq(0);
  static final String HOSTILE_PIPELINE = "<script>alert(\"sv\")</script>";
  static final String HOSTILE_REASON = "=HYPERLINK(\"http://x\") SV recall <b>0.37</b> & below 0.9";
  /** unit -> the query file of the shared data, and the expected/truvari case with Truvari's answer. */
  static final Map<String, String[]> UNITS = Map.of(
      "north", new String[] {"calls/HG002_manta_SV_hg19_genotype.chr21.vcf.gz", "manta"},
      "south", new String[] {"derived/hg19.HG002.pbsv.chr21.svlen-header.no-svtype.vcf.gz", "pbsv"},
      "east", new String[] {"calls/HG002_delly_SV_hg19.chr21.vcf.gz", "delly"});

  private static SvFixture built;

  final Path data;
  final Path run;

  private SvFixture(Path data, Path run) {
    this.data = data;
    this.run = run;
  }

  static synchronized SvFixture get() throws Exception {
    if (built == null) {
      final Path data = TestFiles.shared().resolve("hg002-chr21-sv");
      final SvFixture f = new SvFixture(data, Path.of("target", "council-sv-fixture", "sv1").toAbsolutePath());
      f.build();
      built = f;
    }
    return built;
  }

  /** Truvari's summary.json for a unit's calls (its own answer, from the shared data). */
  Path truvariSummary(String unit) {
    return data.resolve("expected/truvari/" + UNITS.get(unit)[1] + "/summary.json");
  }

  /** The part's summary.json as our comparison wrote it. */
  Path summary(String unit) {
    return run.resolve(unit + "/HG002/sv/summary.json");
  }

  private void build() throws Exception {
    Fixture.deleteTree(run.getParent());
    Files.createDirectories(run);
    for (Map.Entry<String, String[]> e : UNITS.entrySet()) {
      final Path out = run.resolve(e.getKey() + "/HG002/sv");
      SvComparison.run(new SvSettings(data.resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz"),
          data.resolve(e.getValue()[0]), data.resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed"), null, null, null, null,
          out, GIAB), "test-version", new ProgressSink() { });
      Files.writeString(out.resolve("intake.json"), "{\"sample\": \"HG002\", \"records\": 1}\n");
    }
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", "harness.run/1");
    m.put("run_id", "sv1");
    m.put("harness_version", "test-version");
    m.put("started_at", "2026-12-01T10:00:00Z");
    m.put("finished_at", "2026-12-01T10:01:00Z");
    m.put("exit_code", 1);
    m.put("host", Map.of("os", "test"));
    m.put("plan", Map.of("path", "plan.yaml", "sha256", "0".repeat(64), "content", "plan_version: 1\n"));
    m.put("criteria", Map.of("path", run.resolve("no-criteria.yaml").toString(), "version", "test-sv-1"));
    m.put("parameters", Map.of("threads", 2));
    final Map<String, Object> truth = new LinkedHashMap<>();
    truth.put("id", "hg002-sv");
    truth.put("version", "giab-sv-tier1-v0.6");
    truth.put("sample", "HG002");
    truth.put("build", "GRCh37");
    truth.put("files", Map.of());
    truth.put("strata", List.of());
    m.put("truth_sets", List.of(truth));
    final List<Object> subs = new ArrayList<>();
    subs.add(entry("north", HOSTILE_PIPELINE, "FAIL", List.of(HOSTILE_REASON, "SV precision 0.31 below 0.9")));
    final Map<String, Object> south = entry("south", "south-sv", null, List.of());
    // The verdict as a gate verdict object instead of the verdict/reasons fields: read the same.
    south.remove("reasons");
    south.put("gates", Map.of("status", "PASS", "reasons", List.of()));
    subs.add(south);
    subs.add(entry("west", "west-sv", "ERROR", List.of("the SV VCF is not a VCF")));
    m.put("submissions", subs);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(run.resolve("run.json").toFile(), m);
  }

  private Map<String, Object> entry(String unit, String pipeline, String verdict, List<String> reasons) {
    final Map<String, Object> s = new LinkedHashMap<>();
    s.put("kind", "structural-variant");
    s.put("unit", unit);
    s.put("sample", "HG002");
    s.put("folder", unit + "/HG002/sv");
    s.put("pipeline", Map.of("name", pipeline, "version", "1.0"));
    s.put("truth_set", Map.of("id", "hg002-sv", "version", "giab-sv-tier1-v0.6"));
    s.put("vcf", Map.of("path", unit + ".sv.vcf.gz"));
    if (verdict != null) {
      s.put("verdict", verdict);
    }
    s.put("reasons", reasons);
    s.put("previous_run_id", null);
    s.put("timings", Map.of("compare_seconds", 1.5));
    return s;
  }
}
