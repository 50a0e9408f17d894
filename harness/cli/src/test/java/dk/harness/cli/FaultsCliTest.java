package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Faults of the environment through the command line: exit code 2, one line naming the file and the fix, nothing
 * half-written. How each fault is produced is said at each test; the tests run as root, so a chmod would not stop
 * a write, and sysfs (which refuses new files even to root) stands in for a read-only folder.
 */
class FaultsCliTest {
  private static final Path SYSFS = Path.of("/sys/kernel");

  private static void assertOneLineError(TestData.Run r, String... fragments) {
    assertEquals(2, r.exitCode(), r.stderr());
    assertEquals(1, r.stderrLines().size(), r.stderr());
    final String line = r.stderrLines().get(0);
    assertTrue(line.startsWith(Main.ERROR_PREFIX), line);
    assertTrue(line.contains(". Fix: "), line);
    for (String f : fragments) {
      assertTrue(line.contains(f), "should contain '" + f + "': " + line);
    }
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A one-submission plan over the NA12878 chr20 data, results in dir/results. */
  private static Path plan(Path dir, String runId) throws IOException {
    Files.writeString(dir.resolve("criteria.yaml"), String.join("\n",
        "criteria_version: \"faults\"", "effective_date: \"2026-01-01\"", "interval: jeffreys-95", "rules:",
        "  - {type: SNP, filter: PASS, subset: \"*\", metric: recall, fail_below: 0.5, warn_below: 0.6}", ""));
    final Path p = dir.resolve(runId + ".yaml");
    Files.writeString(p, String.join("\n", "plan_version: 1", "run_id: " + runId, "results_dir: results",
        "threads: 1", "gates: criteria.yaml", "truth_sets:", "  - id: na12878", "    version: v1",
        "    vcf: " + TestData.truthVcf(), "    confident: " + TestData.truthBed(),
        "    reference: " + TestData.reference(), "submissions:", "  - unit: north", "    sample: HG001",
        "    pipeline: {name: gatk4, version: \"4\"}", "    truth_set: na12878", "    vcf: " + TestData.gatk4Query(),
        ""));
    return p;
  }

  private static Path runOnce(Path dir, String runId) throws IOException {
    final TestData.Run r = TestData.run("run", "--plan", plan(dir, runId).toString(), "-q");
    assertEquals(0, r.exitCode(), r.stderr());
    return dir.resolve("results").resolve(runId);
  }

  /** A command that fills the disk: it writes to /dev/full, which fails every write with ENOSPC. */
  @Command(name = "fill")
  static final class FillDisk implements Callable<Integer>, FaultLocation {
    @Option(names = "--out")
    Path out;

    @Override
    public Integer call() throws IOException {
      try (OutputStream full = new FileOutputStream("/dev/full")) {
        full.write(new byte[65536]);
      }
      return 0;
    }

    @Override
    public Path faultLocation() {
      return out;
    }
  }

  /** The real ENOSPC, through Main's one mapping: exit 2, naming where the command writes, not exit 1. */
  @Test
  void aFullDiskIsExitTwoNamingWhereTheCommandWrites() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full: ENOSPC cannot be produced without root tricks");
    final StringWriter err = new StringWriter();
    final CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    cl.addSubcommand("fill", new FillDisk());
    cl.setErr(new PrintWriter(err, true)); // reaches the subcommand added after the tree was built
    assertEquals(2, cl.execute("fill", "--out", "results/run-1"));
    assertEquals("harness: error: results/run-1: no space left (No space left on device). Fix: free space on that "
        + "disk (or write to another disk) and run again", err.toString().strip());
  }

  @Test
  void aCompareIntoAFolderItCannotWriteIsExitTwo() throws IOException {
    final Path dir = TestData.scratch("faults-compare-unwritable");
    final Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    final String[] common = {"compare", "--truth", TestData.truthVcf().toString(), "--query",
        TestData.gatk4Query().toString(), "--reference", TestData.reference().toString(), "--confident",
        TestData.truthBed().toString(), "-q", "--output"};
    // A path whose parent is a regular file: refused whoever runs it.
    final String[] underFile = Arrays.copyOf(common, common.length + 1);
    underFile[common.length] = file.resolve("out/HG002").toString();
    assertOneLineError(TestData.run(underFile), file.toString());
    assertEquals(List.of("not-a-folder"), entries(dir));
    // A folder refused even to root (sysfs); skipped where there is none.
    assumeTrue(Files.isDirectory(SYSFS) && !Files.isWritable(SYSFS.resolve("nonexistent")),
        "no sysfs here: an unwritable folder cannot be produced as root");
    final String[] underSys = Arrays.copyOf(common, common.length + 1);
    underSys[common.length] = SYSFS.resolve("harness-test/HG002").toString();
    assertOneLineError(TestData.run(underSys), SYSFS.toString(), "choose an output");
  }

  @Test
  void aReportIntoAFolderItCannotWriteIsExitTwo() throws IOException {
    final Path dir = TestData.scratch("faults-report-unwritable");
    final Path run = runOnce(dir, "r1");
    final Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertOneLineError(TestData.run("report", run.toString(), "-o", file.resolve("report.html").toString()),
        file.toString());
    assumeTrue(Files.isDirectory(SYSFS), "no sysfs here: an unwritable folder cannot be produced as root");
    final TestData.Run sys = TestData.run("report", run.toString(), "-o", SYSFS.resolve("report.html").toString());
    assertOneLineError(sys, "/sys/kernel/", "permission denied", "choose an output location you can write to");
    assertFalse(Files.exists(SYSFS.resolve("report.html")));
  }

  /** Valid SQLite history, then the header of every page after the first overwritten, as a disk error leaves it. */
  @Test
  void aHistoryWithCorruptPagesIsExitTwoEverywhereAndRunsCanBeRecordedAgain() throws IOException {
    final Path dir = TestData.scratch("faults-corrupt-history");
    final Path run = runOnce(dir, "r1");
    final Path db = dir.resolve("results/history.sqlite");
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      f.seek(16);
      final int raw = f.readUnsignedShort();
      final int pageSize = raw == 1 ? 65536 : raw;
      final byte[] junk = new byte[64];
      Arrays.fill(junk, (byte) 0x5A);
      for (long page = 1; (page + 1) * pageSize <= f.length(); page++) {
        f.seek(page * pageSize);
        f.write(junk);
      }
    }
    final String damaged = db + ": the history database is damaged (database disk image is malformed)";
    assertOneLineError(TestData.run("history", "--db", db.toString()), damaged);
    assertOneLineError(TestData.run("report", run.toString(), "-o", dir.resolve("r.html").toString()), damaged);
    assertFalse(Files.exists(dir.resolve("r.html")));
    assertOneLineError(TestData.run("run", "--plan", plan(dir, "r2").toString(), "-q"), damaged,
        "--record RESULTS/RUN_ID");
    assertEquals(List.of("history.sqlite", "history.sqlite.lock", "r1"), entries(dir.resolve("results")));

    // The fix the message gives: move the damaged file away and record the run folders again.
    Files.move(db, dir.resolve("damaged.sqlite"));
    final TestData.Run rec = TestData.run("history", "--record", run.toString());
    assertEquals(0, rec.exitCode(), rec.stderr());
    assertEquals("harness: recorded run r1 (" + db + ")", rec.stderr().strip());
    final TestData.Run again = TestData.run("history", "--record", run.toString());
    assertEquals("harness: run already in the history: r1 (" + db + ")", again.stderr().strip());
    final TestData.Run list = TestData.run("history", "--db", db.toString(), "--type", "SNP", "--filter", "PASS",
        "--metric", "recall");
    assertEquals(0, list.exitCode(), list.stderr());
    assertEquals(2, list.stdout().lines().count(), list.stdout());
    assertTrue(list.stdout().lines().skip(1).findFirst().orElseThrow().startsWith("r1,"), list.stdout());
  }

  @Test
  void aPaddedPlanIsExitTwoBeforeAnyWork() throws IOException {
    final Path dir = TestData.scratch("faults-padded-plan");
    final Path p = plan(dir, "padded");
    try (OutputStream out = Files.newOutputStream(p, java.nio.file.StandardOpenOption.APPEND)) {
      final byte[] comment = ("# " + "pad ".repeat(24) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int i = 0; i < 50 * 1024 * 1024 / comment.length; i++) {
        out.write(comment);
      }
    }
    assertOneLineError(TestData.run("run", "--plan", p.toString()), p + ": the plan is ", "more than the 1 MiB");
    assertFalse(Files.exists(dir.resolve("results")));
    Files.delete(p); // 50 MB
  }

  /** What kill -9 leaves behind a compare (its temporary folder), made by hand; the next compare removes it. */
  @Test
  void aKilledComparesTemporaryFolderIsRemovedByTheNextCompare() throws IOException {
    final Path dir = TestData.scratch("faults-compare-leftover");
    final Path stale = Files.createDirectories(dir.resolve("out/.HG002.harness-tmp-8231645511"));
    Files.writeString(stale.resolve("HG002.summary.csv"), "Type,Filter\nSNP,ALL");
    final TestData.Run r = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        TestData.gatk4Query().toString(), "--reference", TestData.reference().toString(), "--confident",
        TestData.truthBed().toString(), "--output", dir.resolve("out/HG002").toString());
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("harness: removed " + stale + ", left by an interrupted run"), r.stderr());
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no hidden leftovers");
    }
  }

  /** A .fai with its offsets moved by one byte used to read shifted bases and blame the VCF's REF. */
  @Test
  void aDamagedFaiIsBlamedOnTheFaiNotTheVcf() throws IOException {
    final Path dir = TestData.scratch("faults-damaged-fai");
    final Path fa = Files.writeString(dir.resolve("ref.fa"), ">c1\nACGTACGTAC\nGGCCA\n");
    final Path fai = Files.writeString(dir.resolve("ref.fa.fai"), "c1\t15\t5\t10\t11\n"); // right: offset 4
    final String header = "##fileformat=VCFv4.2\n##contig=<ID=c1,length=15>\n"
        + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
        + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";
    final Path vcf = Files.writeString(dir.resolve("calls.vcf"), header + "c1\t3\t.\tG\tT\t50\tPASS\t.\tGT\t0/1\n");
    final TestData.Run r = TestData.run("compare", "--truth", vcf.toString(), "--query", vcf.toString(),
        "--reference", fa.toString(), "--output", dir.resolve("out/x").toString());
    assertOneLineError(r, fai + ":1: the FASTA index does not match the FASTA: contig 'c1'",
        "samtools faidx " + fa);
    assertFalse(r.stderr().contains("build"), r.stderr());
    Files.writeString(fai, "c1\t15\t4\t10\t11\n");
    final TestData.Run ok = TestData.run("compare", "--truth", vcf.toString(), "--query", vcf.toString(),
        "--reference", fa.toString(), "--output", dir.resolve("out/x").toString(), "-q");
    assertEquals(0, ok.exitCode(), ok.stderr());
  }

  @Test
  void aSampleNamedTwiceIsNamedAsSuch() throws IOException {
    final Path dir = TestData.scratch("faults-duplicate-sample");
    final List<String> lines = TestData.lines(TestData.gatk4Query());
    final StringBuilder sb = new StringBuilder();
    int chrom = 0;
    for (int i = 0; i < lines.size(); i++) {
      final String l = lines.get(i);
      if (l.startsWith("#CHROM")) {
        chrom = i + 1;
        final String sample = l.substring(l.lastIndexOf('\t') + 1);
        sb.append(l).append('\t').append(sample).append('\n');
      } else if (l.startsWith("#")) {
        sb.append(l).append('\n');
      } else {
        sb.append(l).append('\t').append(l.substring(l.lastIndexOf('\t') + 1)).append('\n');
      }
    }
    final Path q = Files.writeString(dir.resolve("twice.vcf"), sb);
    final TestData.Run r = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        q.toString(), "--reference", TestData.reference().toString(), "--output", dir.resolve("out/x").toString());
    assertOneLineError(r, q + ":" + chrom + ": the #CHROM line names sample '", "twice (columns 10 and 11)",
        "bcftools reheader");
    assertFalse(r.stderr().contains("columns, found"), r.stderr());
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
