package dk.harness.hostile;

import static dk.harness.hostile.HostileCase.Expect.ACCEPTED;
import static dk.harness.hostile.HostileCase.Expect.EITHER;
import static dk.harness.hostile.HostileCase.Expect.REFUSED;
import static dk.harness.hostile.HostileCase.Expect.SAME;
import static dk.harness.hostile.HostileCase.Expect.WARNED;
import static dk.harness.hostile.HostileCase.of;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Damage to the region files (confident BED, target BED, stratification TSV and its BEDs), the reference's .fai
 * and FASTA, odd file names, and output-side faults of {@code compare}.
 */
final class RegionCases {
  private RegionCases() {
  }

  private static final String BED = "bed";
  private static final String STRATA = "strata";
  private static final String FAI = "reference-fai";
  private static final String NAMES = "file-names";
  private static final String OUTPUT = "output-faults";

  private static Invocation confident(CaseDir d, List<String> lines) {
    final Path b = d.lines("confident.bed", lines);
    return Calls.na().confident(b).done().culprit(b);
  }

  /** Writes a strata folder in in/strata: the TSV text and the two clean stratum BEDs (unless replaced). */
  private static Path strata(CaseDir d, String tsv, List<String> odd, List<String> even) {
    final List<String> bed = Fixtures.naBedLines();
    final List<String> o = new ArrayList<>();
    final List<String> e = new ArrayList<>();
    for (int i = 0; i < bed.size(); i++) {
      (i % 2 == 0 ? o : e).add(bed.get(i));
    }
    d.lines("strata/odd.bed", odd != null ? odd : o);
    d.lines("strata/even.bed", even != null ? even : e);
    return d.text("strata/strata.tsv", tsv);
  }

  private static final String TSV = "odd\todd.bed\neven\teven.bed\n";

  static List<HostileCase> all() {
    final List<HostileCase> c = new ArrayList<>();
    // --- confident BED
    c.add(of(BED, "bed-mixed-chr-naming", REFUSED, "chr20|\\b20\\b|nam", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.set(3, l.get(3).substring(3));
      return confident(d, l).line(4);
    }));
    c.add(of(BED, "bed-b37-naming", REFUSED, "chr", d ->
        confident(d, Fixtures.naBedLines().stream().map(s -> s.substring(3)).toList()).line(1)));
    c.add(of(BED, "bed-contig-not-in-reference", REFUSED, "chr21|contig|reference", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.add("chr21\t10000000\t10010000");
      return confident(d, l).line(l.size());
    }));
    c.add(of(BED, "bed-decoy-contig-lines", WARNED, "chrUn|decoy|contig", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.add("chrUn_gl000220\t100\t5000");
      return confident(d, l);
    }));
    c.add(of(BED, "bed-track-browser-and-comment-lines", SAME, "track", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.addAll(0, List.of("browser position chr20:10000000-10010000", "track name=conf description=\"x\"",
          "# GIAB benchmark regions"));
      return confident(d, l);
    }));
    c.add(of(BED, "bed-crlf", ACCEPTED, "CR|line ending", d -> {
      final Path b = d.text("confident.bed", String.join("\r\n", Fixtures.naBedLines()) + "\r\n");
      return Calls.na().confident(b).done().culprit(b);
    }));
    c.add(of(BED, "bed-spaces-instead-of-tabs", EITHER, "tab|column|space", d ->
        confident(d, Fixtures.naBedLines().stream().map(s -> s.replace('\t', ' ')).toList()).line(1)));
    c.add(of(BED, "bed-start-after-end", REFUSED, "start|end", d -> {
      final List<String> l = Fixtures.naBedLines();
      final String[] f = l.get(2).split("\t");
      l.set(2, f[0] + "\t" + f[2] + "\t" + f[1]);
      return confident(d, l).line(3);
    }));
    c.add(of(BED, "bed-negative-start", REFUSED, "start|negative", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.add(0, "chr20\t-5\t100");
      return confident(d, l).line(1);
    }));
    c.add(of(BED, "bed-non-numeric-end", REFUSED, "end|number|integer", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.set(1, l.get(1).replaceAll("\t[0-9]+$", "\t10,004,171"));
      return confident(d, l).line(2);
    }));
    c.add(of(BED, "bed-two-columns", REFUSED, "column|field", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.set(5, l.get(5).substring(0, l.get(5).lastIndexOf('\t')));
      return confident(d, l).line(6);
    }));
    c.add(of(BED, "bed-end-beyond-contig", EITHER, "length|beyond|end", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.add("chr20\t63025000\t63030000");
      return confident(d, l).line(l.size());
    }));
    c.add(of(BED, "bed-extra-columns", SAME, "column", d ->
        confident(d, Fixtures.naBedLines().stream().map(s -> s + "\tregion\t0\t+").toList())));
    c.add(of(BED, "bed-unsorted", ACCEPTED, "sort|order", d -> {
      final List<String> l = Fixtures.naBedLines();
      java.util.Collections.reverse(l);
      return confident(d, l);
    }));
    c.add(of(BED, "bed-overlapping-duplicates", ACCEPTED, "overlap|duplicate", d -> {
      final List<String> l = Fixtures.naBedLines();
      final List<String> twice = new ArrayList<>();
      for (String s : l) {
        twice.add(s);
        twice.add(s);
      }
      return confident(d, twice);
    }));
    c.add(of(BED, "bed-zero-bytes", REFUSED, "empty|no interval|no region", d -> confident(d, List.of())
        .culprit("confident.bed")));
    c.add(of(BED, "bed-without-truth-records", REFUSED, "empty|no truth|no record|no variant", d ->
        confident(d, List.of("chr20\t10200000\t10300000")).culprit("confident.bed",
            Fixtures.naTruth().getFileName().toString())));
    c.add(of(BED, "bed-bgzipped", SAME, "gzip", d -> {
      final Path b = d.bytes("confident.bed.gz", Bytes.bgzip(Fixtures.naBedLines(), 0));
      return Calls.na().confident(b).done().culprit(b);
    }));
    c.add(of(BED, "target-bed-b37-naming", REFUSED, "chr", d -> {
      final Path b = d.lines("target.bed", Fixtures.naBedLines().stream().map(s -> s.substring(3)).toList());
      return Calls.na().target(b).done().culprit(b).line(1);
    }));
    c.add(of(BED, "target-bed-mixed-naming", REFUSED, "chr20|\\b20\\b|nam", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.set(6, l.get(6).substring(3));
      final Path b = d.lines("target.bed", l);
      return Calls.na().target(b).done().culprit(b).line(7);
    }));

    // --- stratification TSV and its BEDs
    c.add(of(STRATA, "strata-clean-copy", SAME, "strat", d -> Calls.na().strata(strata(d, TSV, null, null)).done()));
    c.add(of(STRATA, "strata-bed-missing", REFUSED, "odd.bed|missing|not found|no such", d -> {
      final Path tsv = strata(d, TSV, null, null);
      Files.delete(d.in("strata/odd.bed"));
      return Calls.na().strata(tsv).done().culprit("strata.tsv", "odd.bed");
    }));
    c.add(of(STRATA, "strata-bed-on-missing-contig", REFUSED, "chr99|contig|reference", d ->
        Calls.na().strata(strata(d, TSV, List.of("chr99\t10000000\t10010000"), null)).done()
            .culprit("odd.bed").line(1)));
    c.add(of(STRATA, "strata-bed-b37-naming", REFUSED, "chr", d -> Calls.na().strata(strata(d, TSV,
        Fixtures.naBedLines().stream().map(s -> s.substring(3)).toList(), null)).done().culprit("odd.bed")
        .line(1)));
    c.add(of(STRATA, "strata-bed-mixed-naming", REFUSED, "chr20|\\b20\\b|nam", d -> {
      final List<String> l = Fixtures.naBedLines();
      l.set(2, l.get(2).substring(3));
      return Calls.na().strata(strata(d, TSV, null, l)).done().culprit("even.bed").line(3);
    }));
    c.add(of(STRATA, "strata-tsv-spaces", EITHER, "tab|column|space", d ->
        Calls.na().strata(strata(d, TSV.replace('\t', ' '), null, null)).done().culprit("strata.tsv").line(1)));
    c.add(of(STRATA, "strata-tsv-crlf", ACCEPTED, "CR|line ending", d ->
        Calls.na().strata(strata(d, TSV.replace("\n", "\r\n"), null, null)).done().culprit("strata.tsv")));
    c.add(of(STRATA, "strata-tsv-duplicate-name", REFUSED, "duplicate|twice|odd", d ->
        Calls.na().strata(strata(d, TSV + "odd\teven.bed\n", null, null)).done().culprit("strata.tsv").line(3)));
    c.add(of(STRATA, "strata-tsv-empty", EITHER, "empty|no strat", d ->
        Calls.na().strata(strata(d, "", null, null)).done().culprit("strata.tsv")));
    c.add(of(STRATA, "strata-tsv-one-column", REFUSED, "column|field|tab", d ->
        Calls.na().strata(strata(d, "odd\neven\teven.bed\n", null, null)).done().culprit("strata.tsv").line(1)));
    c.add(of(STRATA, "strata-tsv-points-at-a-folder", REFUSED, "folder|directory|not a file|odd", d -> {
      final Path tsv = strata(d, "odd\t.\neven\teven.bed\n", null, null);
      return Calls.na().strata(tsv).done().culprit("strata.tsv", "strata");
    }));
    c.add(of(STRATA, "strata-bed-zero-bytes", EITHER, "empty|no interval", d ->
        Calls.na().strata(strata(d, TSV, List.of(), null)).done().culprit("odd.bed", "strata.tsv")));

    // --- the reference's .fai and FASTA (the FASTA itself is a link to the shared file)
    c.add(of(FAI, "fai-garbage", REFUSED, "fai|index", d -> {
      final Path r = d.link("ref.fa.gz", Fixtures.naRef());
      d.link("ref.fa.gz.gzi", Path.of(Fixtures.naRef() + ".gzi"));
      d.text("ref.fa.gz.fai", "this is not a fasta index\n");
      return Calls.na().reference(r).done().culprit("ref.fa.gz.fai");
    }));
    c.add(of(FAI, "fai-zero-bytes", REFUSED, "fai|index|empty", d -> {
      final Path r = d.link("ref.fa.gz", Fixtures.naRef());
      d.link("ref.fa.gz.gzi", Path.of(Fixtures.naRef() + ".gzi"));
      d.text("ref.fa.gz.fai", "");
      return Calls.na().reference(r).done().culprit("ref.fa.gz.fai");
    }));
    c.add(of(FAI, "fai-offset-off-by-one", REFUSED, "fai|index", d -> {
      final Path r = d.link("ref.fa.gz", Fixtures.naRef());
      d.link("ref.fa.gz.gzi", Path.of(Fixtures.naRef() + ".gzi"));
      d.text("ref.fa.gz.fai", "chr20\t63025520\t8\t50\t51\n");
      return Calls.na().reference(r).done().culprit("ref.fa.gz.fai");
    }));
    c.add(of(FAI, "fai-line-width-wrong", REFUSED, "fai|index", d -> {
      final Path r = d.link("ref.fa.gz", Fixtures.naRef());
      d.link("ref.fa.gz.gzi", Path.of(Fixtures.naRef() + ".gzi"));
      d.text("ref.fa.gz.fai", "chr20\t63025520\t7\t60\t61\n");
      return Calls.na().reference(r).done().culprit("ref.fa.gz.fai");
    }));
    c.add(of(FAI, "fai-missing", REFUSED, "fai|index|faidx", d -> {
      final Path r = d.link("ref.fa.gz", Fixtures.naRef());
      d.link("ref.fa.gz.gzi", Path.of(Fixtures.naRef() + ".gzi"));
      return Calls.na().reference(r).done().culprit("ref.fa.gz", "ref.fa.gz.fai");
    }));
    c.add(of(FAI, "gzi-missing", EITHER, "gzi|index|faidx", d -> {
      final Path r = d.link("ref.fa.gz", Fixtures.naRef());
      d.link("ref.fa.gz.fai", Path.of(Fixtures.naRef() + ".fai"));
      return Calls.na().reference(r).done().culprit("ref.fa.gz", "ref.fa.gz.gzi");
    }));
    c.add(of(FAI, "fasta-truncated", REFUSED, "truncat|EOF|corrupt|damaged|gzip|end", d -> {
      final byte[] b = Bytes.read(Fixtures.naRef());
      final Path r = d.bytes("ref.fa.gz", Bytes.head(b, b.length / 2));
      // Older than its (linked) index, as after a copy that kept times: only the truncation is wrong.
      Files.setLastModifiedTime(r, java.nio.file.attribute.FileTime.fromMillis(1_500_000_000_000L));
      d.link("ref.fa.gz.fai", Path.of(Fixtures.naRef() + ".fai"));
      d.link("ref.fa.gz.gzi", Path.of(Fixtures.naRef() + ".gzi"));
      return Calls.na().reference(r).done().culprit("ref.fa.gz");
    }));
    c.add(of(FAI, "reference-is-a-folder", REFUSED, "folder|directory|not a file|FASTA", d ->
        Calls.na().reference(d.dir("ref.fa")).done().culprit("ref.fa")));

    // --- odd file names
    c.add(of(NAMES, "name-with-spaces", SAME, "name", d -> {
      final Path q = d.lines("my calls (final) v2.vcf", Fixtures.naQueryLines());
      return Calls.na().query(q).done();
    }));
    c.add(of(NAMES, "name-unicode", SAME, "name", d -> {
      final Path q = d.lines("pr\u00f8ve-\u00fcnit-\u6837\u672c.vcf", Fixtures.naQueryLines());
      return Calls.na().query(q).done();
    }));
    c.add(of(NAMES, "name-leading-dash", SAME, "name", d -> {
      final Path q = d.lines("-calls.vcf", Fixtures.naQueryLines());
      return Calls.na().query(q).prefix("-run").done();
    }));
    c.add(of(NAMES, "name-shell-metacharacters", SAME, "name", d -> {
      final Path q = d.lines("calls;$(id)`x`'%s'.vcf", Fixtures.naQueryLines());
      return Calls.na().query(q).prefix("out%n;$(id)").done();
    }));
    c.add(of(NAMES, "name-with-newline-still-one-line", REFUSED, "sort|order", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 10);
      final String a = l.get(i);
      l.set(i, l.get(i + 1));
      l.set(i + 1, a);
      final Path q = d.lines("bad\ncalls.vcf", l);
      return Calls.na().query(q).done().culprit(q);
    }));
    c.add(of(NAMES, "name-250-characters", SAME, "name", d -> {
      final Path q = d.lines("q".repeat(246) + ".vcf", Fixtures.naQueryLines());
      return Calls.na().query(q).done();
    }));
    c.add(of(NAMES, "query-is-a-folder", REFUSED, "folder|directory|not a file", d ->
        Calls.na().query(d.dir("calls.vcf")).done().culprit("calls.vcf")));
    c.add(of(NAMES, "query-does-not-exist", REFUSED, "not found|no such|missing|does not exist", d ->
        Calls.na().query(d.in("absent.vcf.gz")).done().culprit("absent.vcf.gz")));

    // --- output side
    c.add(of(OUTPUT, "output-under-a-regular-file", REFUSED, "file|folder|directory", d -> {
      d.text("afile", "x");
      return new Invocation(Calls.na().done().args.stream().map(a -> a.replace(CaseDir.OUT + "/run",
          d.in("afile") + "/run")).toList()).culprit("afile", "run");
    }));
    c.add(of(OUTPUT, "output-would-overwrite-the-query", REFUSED, "overwrite", d -> {
      final Path q = d.bytes("calls.vcf.gz", Bytes.read(Fixtures.naQuery()));
      d.bytes("calls.vcf.gz.tbi", Bytes.read(Path.of(Fixtures.naQuery() + ".tbi")));
      return new Invocation(Calls.na().query(q).done().args.stream().map(a -> a.replace(CaseDir.OUT + "/run",
          d.in("calls").toString())).toList()).culprit("calls.vcf.gz", "calls");
    }));
    c.add(of(OUTPUT, "stale-temp-folder-from-a-killed-run", ACCEPTED, "stale|temporary|harness-tmp|left", d -> {
      Files.createDirectories(d.out.resolve(".run.harness-tmp-123456789"));
      Files.writeString(d.out.resolve(".run.harness-tmp-123456789/run.summary.csv"), "half");
      return Calls.na().done();
    }));
    c.add(of(OUTPUT, "output-on-a-full-disk", REFUSED, "space|full|disk|write", d -> {
      final Path mnt = Files.createDirectories(d.root.resolve("full"));
      Mounts.tmpfs(mnt, "size=48k");
      return new Invocation(Calls.na().done().args.stream().map(a -> a.replace(CaseDir.OUT + "/run",
          mnt + "/run")).toList()).outputs(mnt).after(() -> Mounts.unmount(mnt));
    }));
    c.add(of(OUTPUT, "output-on-a-read-only-filesystem", REFUSED, "read-only|writ|permission", d -> {
      final Path mnt = Files.createDirectories(d.root.resolve("ro"));
      Mounts.tmpfs(mnt, "ro,size=1m");
      return new Invocation(Calls.na().done().args.stream().map(a -> a.replace(CaseDir.OUT + "/run",
          mnt + "/run")).toList()).outputs(mnt).after(() -> Mounts.unmount(mnt));
    }));
    return c;
  }
}
