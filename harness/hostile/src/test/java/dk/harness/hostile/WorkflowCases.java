package dk.harness.hostile;

import static dk.harness.hostile.HostileCase.Expect.EITHER;
import static dk.harness.hostile.HostileCase.Expect.REFUSED;
import static dk.harness.hostile.HostileCase.Expect.SAME;
import static dk.harness.hostile.HostileCase.of;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Damage to what {@code run}, {@code report}, {@code history} and {@code validate} read: plan YAML (padding,
 * alias bombs, wrong types, missing keys, paths to folders or nowhere), criteria, run folders and their JSON,
 * the history database (corrupt pages, truncation, not SQLite), submission files.
 */
final class WorkflowCases {
  private WorkflowCases() {
  }

  private static final String PLAN = "plan-yaml";
  private static final String REPORT = "run-folder";
  private static final String HISTORY = "history-db";
  private static final String VALIDATE = "validate";

  /** A run of the clean plan with one edit; results go to out/results. */
  private static Invocation plan(CaseDir d, java.util.function.UnaryOperator<List<String>> edit) {
    final Path p = Calls.writePlan(d, edit.apply(Calls.planLines(d.out.resolve("results"))));
    return Calls.run(p).culprit(p);
  }

  private static List<String> replace(List<String> l, String prefix, String line) {
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i).startsWith(prefix)) {
        l.set(i, line);
        return l;
      }
    }
    throw new IllegalStateException("no line " + prefix);
  }

  private static int indexOf(List<String> l, String prefix) {
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalStateException("no line " + prefix);
  }

  private static Path runDir(CaseDir d) {
    return Calls.copyResults(d).resolve(Calls.RUN_ID);
  }

  private static Path sampleFile(Path run, String suffix) {
    return run.resolve(Calls.UNIT + "/" + Calls.SAMPLE + "/" + Calls.SAMPLE + suffix);
  }

  /** Overwrites {@code length} bytes at {@code offset} of a file with a pattern. */
  private static void scribble(Path file, long offset, int length) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(offset);
      final byte[] junk = new byte[length];
      for (int i = 0; i < length; i++) {
        junk[i] = (byte) (0xA5 ^ i);
      }
      f.write(junk);
    }
  }

  static List<HostileCase> all() {
    final List<HostileCase> c = new ArrayList<>();
    // --- plan YAML
    c.add(of(PLAN, "plan-clean-crlf", SAME, "plan", d -> {
      final Path p = d.text("plan.yaml", String.join("\r\n", Calls.planLines(d.out.resolve("results"))) + "\r\n");
      d.lines("criteria.yaml", Calls.criteriaLines());
      return Calls.run(p);
    }));
    c.add(of(PLAN, "plan-padded-to-50mb", REFUSED, "large|size|limit|MB|bytes", d -> {
      final List<String> l = Calls.planLines(d.out.resolve("results"));
      // 50 MB of 80-character comment lines (one 50 MB line makes the YAML scanner run for many minutes).
      final String pad = "# " + "padding ".repeat(9) + "x".repeat(6);
      for (int i = 0; i < 50 * 1024 * 1024 / 81; i++) {
        l.add(pad);
      }
      return plan(d, x -> l);
    }));
    c.add(of(PLAN, "plan-alias-bomb", REFUSED, "alias|anchor|large|limit|YAML", d -> plan(d, l -> {
      l.add("bomb:");
      l.add("  a: &a [x, x, x, x, x, x, x, x, x, x]");
      char prev = 'a';
      for (char ch = 'b'; ch <= 'k'; ch++) {
        l.add("  " + ch + ": &" + ch + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev
            + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]");
        prev = ch;
      }
      return l;
    })));
    c.add(of(PLAN, "plan-deep-nesting", REFUSED, "nest|depth|YAML|deep|limit", d -> plan(d, l -> {
      l.add("deep: " + "[".repeat(20_000) + "]".repeat(20_000));
      return l;
    })));
    c.add(of(PLAN, "plan-small-anchor-reused", EITHER, "anchor|alias", d -> plan(d, l -> {
      final int i = indexOf(l, "    pipeline:");
      l.set(i, "    pipeline: &p {name: gatk4, version: \"4\"}");
      return l;
    })));
    c.add(of(PLAN, "plan-threads-not-a-number", REFUSED, "threads", d -> plan(d, l ->
        replace(l, "threads:", "threads: many")).line(3)));
    c.add(of(PLAN, "plan-threads-negative", REFUSED, "threads", d -> plan(d, l ->
        replace(l, "threads:", "threads: -4")).line(3)));
    c.add(of(PLAN, "plan-threads-huge", REFUSED, "threads", d -> plan(d, l ->
        replace(l, "threads:", "threads: 99999999999999")).line(3)));
    c.add(of(PLAN, "plan-truth-sets-a-string", REFUSED, "truth_sets", d -> plan(d, l -> {
      final int i = indexOf(l, "truth_sets:");
      final List<String> out = new ArrayList<>(l.subList(0, i));
      out.add("truth_sets: na12878");
      out.addAll(l.subList(indexOf(l, "submissions:"), l.size()));
      return out;
    })));
    c.add(of(PLAN, "plan-version-missing", REFUSED, "plan_version", d -> plan(d, l -> {
      l.remove(0);
      return l;
    })));
    c.add(of(PLAN, "plan-version-2", REFUSED, "plan_version|version", d -> plan(d, l ->
        replace(l, "plan_version:", "plan_version: 2")).line(1)));
    c.add(of(PLAN, "plan-submissions-missing", REFUSED, "submissions", d -> plan(d, l ->
        new ArrayList<>(l.subList(0, indexOf(l, "submissions:"))))));
    c.add(of(PLAN, "plan-submissions-list-of-strings", REFUSED, "submissions", d -> plan(d, l -> {
      final List<String> out = new ArrayList<>(l.subList(0, indexOf(l, "submissions:")));
      out.add("submissions: [north, south]");
      return out;
    })));
    c.add(of(PLAN, "plan-unknown-top-level-key", REFUSED, "unknown|colour", d -> plan(d, l -> {
      l.add("colour: blue");
      return l;
    })));
    c.add(of(PLAN, "plan-duplicate-key", REFUSED, "duplicate|vcf", d -> plan(d, l -> {
      // Two VCFs for one submission: silently taking either would benchmark a file nobody chose.
      l.add("    vcf: " + Fixtures.naOtherQuery());
      return l;
    })));
    c.add(of(PLAN, "plan-tab-indentation", REFUSED, "tab|indent|YAML", d -> plan(d, l -> {
      final int i = indexOf(l, "    version: v1");
      l.set(i, "\t" + l.get(i).strip());
      return l;
    })));
    c.add(of(PLAN, "plan-zero-bytes", REFUSED, "empty|plan_version", d -> plan(d, l -> new ArrayList<>())));
    c.add(of(PLAN, "plan-binary-garbage", REFUSED, "YAML|plan|character|invalid|UTF", d -> {
      final byte[] junk = new byte[4096];
      new java.util.Random(11).nextBytes(junk);
      final Path p = d.bytes("plan.yaml", junk);
      return Calls.run(p).culprit(p);
    }));
    c.add(of(PLAN, "plan-utf8-bom", EITHER, "BOM|byte order", d -> {
      d.lines("criteria.yaml", Calls.criteriaLines());
      final Path p = d.bytes("plan.yaml", Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          Bytes.text(Calls.planLines(d.out.resolve("results")))));
      return Calls.run(p).culprit(p);
    }));
    c.add(of(PLAN, "plan-unit-path-traversal", REFUSED, "unit|letters|name", d -> plan(d, l ->
        replace(l, "  - unit:", "  - unit: ../../escape"))));
    c.add(of(PLAN, "plan-truth-vcf-does-not-exist", REFUSED, "not found|no such|missing|does not exist", d ->
        plan(d, l -> replace(l, "    vcf: " + Fixtures.naTruth(), "    vcf: /nonexistent/truth.vcf.gz"))
            .culprit("plan.yaml", "truth.vcf.gz")));
    c.add(of(PLAN, "plan-reference-is-a-folder", REFUSED, "folder|directory|not a file|FASTA", d -> {
      final Path folder = d.dir("ref.fa");
      return plan(d, l -> replace(l, "    reference:", "    reference: " + folder)).culprit("plan.yaml", "ref.fa");
    }));
    c.add(of(PLAN, "plan-gates-file-missing", REFUSED, "criteria|gates|not found|missing", d -> plan(d, l ->
        replace(l, "gates:", "gates: nowhere.yaml")).culprit("plan.yaml", "nowhere.yaml")));
    c.add(of(PLAN, "plan-criteria-damaged", REFUSED, "criteria|rules|YAML", d -> {
      final Invocation inv = plan(d, l -> l);
      d.text("criteria.yaml", "criteria_version: \"x\"\nrules: {type: SNP\n");
      return inv.culprit("criteria.yaml");
    }));
    c.add(of(PLAN, "plan-results-dir-under-a-file", REFUSED, "results|file|folder|directory", d -> {
      final Path f = d.text("afile", "x");
      return plan(d, l -> replace(l, "results_dir:", "results_dir: " + f + "/results")).culprit("plan.yaml",
          "afile", "results");
    }));
    c.add(of(PLAN, "plan-is-a-folder", REFUSED, "folder|directory|not a file", d ->
        Calls.run(d.dir("plan.yaml")).culprit("plan.yaml")));
    c.add(of(PLAN, "plan-vcf-null", REFUSED, "vcf", d -> plan(d, l ->
        replace(l, "    vcf: " + Fixtures.naQuery(), "    vcf: null"))));
    c.add(of(PLAN, "plan-stale-partial-folder", SAME, "partial", d -> {
      final Invocation inv = plan(d, l -> l);
      Files.createDirectories(d.out.resolve("results/.old-run.partial/north"));
      Files.writeString(d.out.resolve("results/.old-run.partial/north/x.csv"), "half");
      return inv;
    }));

    // --- the run folder read by report
    c.add(of(REPORT, "report-clean-copy", SAME, "report", d -> Calls.report(runDir(d), "report.html")));
    c.add(of(REPORT, "report-run-json-missing", REFUSED, "run.json|not a run", d -> {
      final Path run = runDir(d);
      Files.delete(run.resolve("run.json"));
      return Calls.report(run, "report.html").culprit("run.json", Calls.RUN_ID);
    }));
    c.add(of(REPORT, "report-run-json-truncated", REFUSED, "run.json|JSON|truncat|damaged", d -> {
      final Path run = runDir(d);
      final byte[] b = Bytes.read(run.resolve("run.json"));
      Bytes.write(run.resolve("run.json"), Bytes.head(b, b.length / 2));
      return Calls.report(run, "report.html").culprit("run.json");
    }));
    c.add(of(REPORT, "report-run-json-not-json", REFUSED, "run.json|JSON", d -> {
      final Path run = runDir(d);
      Files.writeString(run.resolve("run.json"), "run_id: hostile\n");
      return Calls.report(run, "report.html").culprit("run.json");
    }));
    c.add(of(REPORT, "report-metrics-json-missing", REFUSED, "metrics|missing|not found", d -> {
      final Path run = runDir(d);
      Files.delete(sampleFile(run, ".metrics.json"));
      return Calls.report(run, "report.html").culprit(Calls.SAMPLE + ".metrics.json", Calls.SAMPLE);
    }));
    c.add(of(REPORT, "report-metrics-json-bit-garbage", REFUSED, "metrics|JSON|damaged", d -> {
      final Path run = runDir(d);
      scribble(sampleFile(run, ".metrics.json"), 10, 64);
      return Calls.report(run, "report.html").culprit(Calls.SAMPLE + ".metrics.json");
    }));
    c.add(of(REPORT, "report-verdict-json-missing", EITHER, "verdict|missing|not found", d -> {
      final Path run = runDir(d);
      Files.delete(run.resolve(Calls.UNIT + "/" + Calls.SAMPLE + "/verdict.json"));
      return Calls.report(run, "report.html").culprit("verdict.json", Calls.SAMPLE);
    }));
    c.add(of(REPORT, "report-run-dir-is-a-file", REFUSED, "run|folder|directory", d -> {
      final Path f = d.text("notarun", "x");
      return Calls.report(f, "report.html").culprit("notarun");
    }));
    c.add(of(REPORT, "report-out-under-a-file", REFUSED, "file|folder|directory|writ", d -> {
      final Path run = runDir(d);
      final Path f = d.text("afile", "x");
      return new Invocation(List.of("report", run.toString(), "--out", f + "/report.html", "-q")).culprit("afile",
          "report.html");
    }));
    c.add(of(REPORT, "report-out-read-only-filesystem", REFUSED, "read-only|writ|permission", d -> {
      final Path run = runDir(d);
      final Path mnt = Files.createDirectories(d.root.resolve("ro"));
      Mounts.tmpfs(mnt, "ro,size=1m");
      return new Invocation(List.of("report", run.toString(), "--out", mnt + "/report.html", "-q")).outputs(mnt)
          .after(() -> Mounts.unmount(mnt));
    }));
    c.add(of(REPORT, "report-out-full-disk", REFUSED, "space|full|disk|writ", d -> {
      final Path run = runDir(d);
      final Path mnt = Files.createDirectories(d.root.resolve("full"));
      Mounts.tmpfs(mnt, "size=8k");
      return new Invocation(List.of("report", run.toString(), "--out", mnt + "/report.html", "-q")).outputs(mnt)
          .after(() -> Mounts.unmount(mnt));
    }));
    c.add(of(REPORT, "report-history-corrupt-pages", REFUSED, "history|database|corrupt|damaged|malformed", d -> {
      final Path run = runDir(d);
      final Path db = run.getParent().resolve("history.sqlite");
      scribble(db, 4096, (int) Files.size(db) - 4096);
      return Calls.report(run, "report.html", "--history", db.toString()).culprit("history.sqlite");
    }));

    // --- the history database
    c.add(of(HISTORY, "history-clean-copy", SAME, "history", d ->
        Calls.history(Calls.copyResults(d).resolve("history.sqlite"))));
    c.add(of(HISTORY, "history-not-sqlite", REFUSED, "history|database|SQLite", d ->
        Calls.history(d.text("history.sqlite", "unit,sample\nnorth,HG001\n")).culprit("history.sqlite")));
    c.add(of(HISTORY, "history-zero-bytes", REFUSED, "history|database|empty", d ->
        Calls.history(d.text("history.sqlite", "")).culprit("history.sqlite")));
    c.add(of(HISTORY, "history-corrupt-pages", REFUSED, "history|database|corrupt|damaged|malformed", d -> {
      final Path db = Calls.copyResults(d).resolve("history.sqlite");
      scribble(db, 4096, (int) Files.size(db) - 4096);
      return Calls.history(db).culprit("history.sqlite");
    }));
    c.add(of(HISTORY, "history-truncated", REFUSED, "history|database|corrupt|damaged|malformed|truncat", d -> {
      final Path db = Calls.copyResults(d).resolve("history.sqlite");
      final byte[] b = Bytes.read(db);
      Bytes.write(db, Bytes.head(b, b.length / 3));
      return Calls.history(db).culprit("history.sqlite");
    }));
    c.add(of(HISTORY, "history-header-page-size-flipped", REFUSED, "history|database|corrupt|damaged|SQLite", d -> {
      final Path db = Calls.copyResults(d).resolve("history.sqlite");
      Bytes.write(db, Bytes.flip(Bytes.read(db), 16, 4));
      return Calls.history(db).culprit("history.sqlite");
    }));
    c.add(of(HISTORY, "history-is-a-folder", REFUSED, "history|database|folder|directory", d ->
        Calls.history(d.dir("history.sqlite")).culprit("history.sqlite")));
    c.add(of(HISTORY, "history-other-sqlite-schema", REFUSED, "history|schema|table|database", d -> {
      // A real SQLite file of another program: the history's first page, its tables renamed.
      final Path db = Calls.copyResults(d).resolve("history.sqlite");
      final byte[] b = Bytes.read(db);
      final String s = new String(b, StandardCharsets.ISO_8859_1).replace("CREATE TABLE runs", "CREATE TABLE rung");
      Bytes.write(db, s.getBytes(StandardCharsets.ISO_8859_1));
      return Calls.history(db).culprit("history.sqlite");
    }));

    // --- validate (findings on stdout, a one-line verdict on stderr)
    c.add(of(VALIDATE, "validate-duplicate-sample", REFUSED, "duplicate|twice|same sample", d ->
        Calls.validate(d.lines("q.vcf", Vcf.addSamples(Fixtures.naQueryLines(), "NA12878"))).culprit("q.vcf")));
    c.add(of(VALIDATE, "validate-truncated-bgzip", REFUSED, "truncat|EOF|corrupt|damaged|gzip", d -> {
      final byte[] b = Bytes.bgzip(Fixtures.naQueryLines(), 20);
      return Calls.validate(d.bytes("q.vcf.gz", Bytes.head(b, Bytes.blockStarts(b).get(3) + 30))).culprit("q.vcf.gz");
    }));
    c.add(of(VALIDATE, "validate-filter-with-number-and-type", EITHER, "FILTER", d ->
        Calls.validate(d.lines("q.vcf", Vcf.addMeta(Fixtures.naQueryLines(),
            "##FILTER=<ID=COV,Number=0,Type=Flag,Description=\"coverage\">"))).culprit("q.vcf")));
    c.add(of(VALIDATE, "validate-index-option-nonexistent", REFUSED, "index|not found|missing|tbi", d ->
        Calls.validate(Fixtures.naQuery(), "--index", d.in("nowhere.tbi").toString()).culprit("nowhere.tbi",
            Fixtures.naQuery().getFileName().toString())));
    c.add(of(VALIDATE, "validate-submission-yaml-missing-vcf", REFUSED, "vcf", d ->
        Calls.validateSubmission(d.text("submission.yaml", "unit: north\nsample: HG001\n"))
            .culprit("submission.yaml")));
    c.add(of(VALIDATE, "validate-submission-yaml-alias-bomb", REFUSED, "alias|anchor|YAML|limit", d -> {
      // Nine levels of eight aliases each (8^9 nodes once expanded), all inside the value of a known key.
      final StringBuilder y = new StringBuilder("unit: north\nvcf: x.vcf\nsample: [&a [1,1,1,1,1,1,1,1]");
      char prev = 'a';
      for (char ch = 'b'; ch <= 'j'; ch++) {
        y.append(", &").append(ch).append(" [").append(("*" + prev + ",").repeat(7)).append('*').append(prev)
            .append(']');
        prev = ch;
      }
      y.append("]\n");
      return Calls.validateSubmission(d.text("submission.yaml", y.toString())).culprit("submission.yaml");
    }));
    c.add(of(VALIDATE, "validate-submission-yaml-duplicate-vcf-key", REFUSED, "duplicate|vcf", d ->
        Calls.validateSubmission(d.text("submission.yaml", "unit: north\nsample: HG001\nvcf: " + Fixtures.naQuery()
            + "\nvcf: " + Fixtures.naOtherQuery() + "\n")).culprit("submission.yaml")));
    c.add(of(VALIDATE, "validate-submission-vcf-is-a-folder", REFUSED, "folder|directory|not a file", d -> {
      d.dir("calls.vcf");
      return Calls.validateSubmission(d.text("submission.yaml", "unit: north\nsample: HG001\nvcf: calls.vcf\n"))
          .culprit("submission.yaml", "calls.vcf");
    }));
    return c;
  }
}
