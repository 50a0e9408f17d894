package dk.harness.hostile;

import static dk.harness.hostile.HostileCase.Expect.ACCEPTED;
import static dk.harness.hostile.HostileCase.Expect.EITHER;
import static dk.harness.hostile.HostileCase.Expect.REFUSED;
import static dk.harness.hostile.HostileCase.Expect.SAME;
import static dk.harness.hostile.HostileCase.Expect.WARNED;
import static dk.harness.hostile.HostileCase.Expect.WARNED_SAME;
import static dk.harness.hostile.HostileCase.of;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Damage inside the records and the sample columns: sample naming, genotype forms, records the harness cannot
 * assess (symbolic alleles, duplicates, REF N, alleles over the length bound), REF mismatches, order, empty files,
 * and contig naming in VCFs. NA12878 unless named hg002 (then the HG002 chr21 slice).
 */
final class VcfRecordCases {
  private VcfRecordCases() {
  }

  private static final String SAMPLES = "samples";
  private static final String GT = "genotypes";
  private static final String RECORDS = "not-assessable";
  private static final String ORDER = "ref-order-empty";
  private static final String CONTIGS = "contig-naming";
  private static final String NOT_ASSESSED = "not.assessed|symbolic|skipp|ignored";

  private static Invocation query(CaseDir d, List<String> lines, String... caseOnly) {
    final Path q = d.lines("q.vcf", lines);
    return Calls.na().query(q).caseOnly(caseOnly).done().culprit(q);
  }

  private static Invocation truth(CaseDir d, List<String> lines) {
    final Path t = d.lines("truth.vcf", lines);
    return Calls.na().truth(t).done().culprit(t);
  }

  /** The query with the GT of every data record rewritten. */
  private static List<String> mapGt(UnaryOperator<String> gt) {
    return Vcf.mapData(Fixtures.naQueryLines(), s -> {
      final String[] f = Vcf.fields(s);
      final int colon = f[9].indexOf(':');
      f[9] = gt.apply(f[9].substring(0, colon)) + f[9].substring(colon);
      return Vcf.join(f);
    });
  }

  /** A new record at the position of the k-th confident SNP (same REF base) with the given ALT and INFO. */
  private static List<String> addAt(List<String> lines, int k, String alt, String info, String gt) {
    final int i = Vcf.confidentSnp(lines, k);
    final String[] f = Vcf.fields(lines.get(i));
    final String end = String.valueOf(Integer.parseInt(f[1]) + 100);
    final String rec = String.join("\t", f[0], f[1], ".", f[3], alt, "50", "PASS", info.replace("@END@", end), "GT",
        gt);
    lines.add(i + 1, rec);
    return lines;
  }

  private static List<String> renameContig(List<String> lines, String from, String to, int everyNth) {
    final List<String> out = new ArrayList<>(lines);
    int n = 0;
    for (int i = Vcf.firstData(out); i < out.size(); i++) {
      if (out.get(i).startsWith(from + "\t") && n++ % everyNth == 0) {
        out.set(i, to + out.get(i).substring(from.length()));
      }
    }
    return out;
  }

  static List<HostileCase> all() {
    final List<HostileCase> c = new ArrayList<>();
    // --- sample columns
    c.add(of(SAMPLES, "duplicate-sample-name", REFUSED, "duplicate|twice|same sample|more than once", d ->
        query(d, Vcf.addSamples(Fixtures.naQueryLines(), "NA12878"))));
    c.add(of(SAMPLES, "sites-only-no-sample-columns", REFUSED, "GT|genotype|sample", d ->
        query(d, Vcf.mapData(Fixtures.naQueryLines(), s -> String.join("\t", List.of(Vcf.fields(s)).subList(0, 8)))
            .stream().map(s -> s.startsWith("#CHROM") ? s.substring(0, s.indexOf("\tFORMAT")) : s).toList())));
    c.add(of(SAMPLES, "three-samples-none-chosen", REFUSED, "sample", d ->
        query(d, Vcf.addSamples(Fixtures.naQueryLines(), "S2", "S3"))));
    c.add(of(SAMPLES, "three-samples-second-chosen", SAME, "sample", d ->
        query(d, Vcf.addSamples(Fixtures.naQueryLines(), "S2", "S3"), "--query-sample", "S2")));
    c.add(of(SAMPLES, "sample-absent", REFUSED, "NOBODY", d ->
        Calls.na().extra("--query-sample", "NOBODY").done().culprit(Fixtures.naQuery())));
    c.add(of(SAMPLES, "sample-name-with-spaces-and-unicode", SAME, "sample", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int h = Vcf.chromLine(l);
      l.set(h, Vcf.set(l.get(h), 9, "NA 12878 J\u00f8rgen \u6837\u672c"));
      return query(d, l);
    }));
    c.add(of(SAMPLES, "truth-second-sample-chosen", SAME, "sample", d -> {
      final Path t = d.lines("truth.vcf", Vcf.addSamples(Fixtures.naTruthLines(), "OTHER"));
      return Calls.na().truth(t).caseOnly("--truth-sample", "OTHER").done().culprit(t);
    }));

    // --- genotype forms
    c.add(of(GT, "gt-phased-instead-of-unphased", SAME, "phas", d -> query(d, mapGt(g -> g.replace('/', '|')))));
    c.add(of(GT, "gt-het-written-1-0", SAME, "GT", d -> query(d, mapGt(g -> g.equals("0/1") ? "1/0" : g))));
    c.add(of(GT, "gt-not-first-in-format", EITHER, "GT|FORMAT|first", d ->
        query(d, Vcf.mapData(Fixtures.naQueryLines(), s -> {
          final String[] f = Vcf.fields(s);
          final String[] keys = f[8].split(":");
          final String[] vals = f[9].split(":");
          f[8] = String.join(":", List.of(keys).subList(1, keys.length)) + ":GT";
          f[9] = String.join(":", List.of(vals).subList(1, vals.length)) + ":" + vals[0];
          return Vcf.join(f);
        }))));
    c.add(of(GT, "gt-allele-index-out-of-range", REFUSED, "GT|allele|range|index", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confidentSnp(l, 4);
      final String[] f = Vcf.fields(l.get(i));
      f[9] = "0/3" + f[9].substring(3);
      l.set(i, Vcf.join(f));
      return query(d, l).line(i + 1);
    }));
    c.add(of(GT, "gt-letters", REFUSED, "GT|genotype|invalid", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confidentSnp(l, 5);
      final String[] f = Vcf.fields(l.get(i));
      f[9] = "a/b" + f[9].substring(3);
      l.set(i, Vcf.join(f));
      return query(d, l).line(i + 1);
    }));
    c.add(of(GT, "gt-backslash-separator", REFUSED, "GT|genotype|separator|invalid", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confidentSnp(l, 6);
      final String[] f = Vcf.fields(l.get(i));
      f[9] = f[9].charAt(0) + "\\" + f[9].substring(2);
      l.set(i, Vcf.join(f));
      return query(d, l).line(i + 1);
    }));
    c.add(of(GT, "gt-absent-in-one-record", WARNED, "GT|genotype", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 3);
      final String[] f = Vcf.fields(l.get(i));
      f[8] = f[8].substring(3);
      f[9] = f[9].substring(f[9].indexOf(':') + 1);
      l.set(i, Vcf.join(f));
      return query(d, l);
    }));
    c.add(of(GT, "gt-absent-everywhere", REFUSED, "GT|genotype", d ->
        query(d, Vcf.mapData(Vcf.dropHeader(Fixtures.naQueryLines(), "##FORMAT=<ID=GT"), s -> {
          final String[] f = Vcf.fields(s);
          f[8] = f[8].substring(3);
          f[9] = f[9].substring(f[9].indexOf(':') + 1);
          return Vcf.join(f);
        }))));
    c.add(of(GT, "roc-gq-on-a-query-without-gq", WARNED_SAME, "GQ", d -> {
      // ROC files with no rows were written in silence: the missing field must be named with the fallback.
      final Path q = d.lines("q.vcf", Vcf.mapData(Vcf.dropHeader(Fixtures.naQueryLines(), "##FORMAT=<ID=GQ"), s -> {
        final String[] f = Vcf.fields(s);
        final List<String> keys = new ArrayList<>(List.of(f[8].split(":")));
        final List<String> vals = new ArrayList<>(List.of(f[9].split(":")));
        final int gq = keys.indexOf("GQ");
        if (gq >= 0) {
          keys.remove(gq);
          vals.remove(gq);
        }
        f[8] = String.join(":", keys);
        f[9] = String.join(":", vals);
        return Vcf.join(f);
      }));
      return Calls.na().query(q).extra("--roc", "GQ").done().culprit(q);
    }));
    c.add(of(GT, "gt-triploid", EITHER, "ploid|GT|too complex", d -> query(d, mapGt(g -> g.equals("1/1") ? "1/1/1" : g))));

    // --- records that cannot be assessed: counted, never dropped in silence
    c.add(of(RECORDS, "query-duplicated-record", WARNED, "duplicate", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 8);
      l.add(i + 1, l.get(i));
      return query(d, l);
    }));
    c.add(of(RECORDS, "truth-duplicated-record", WARNED, "duplicate", d -> {
      final List<String> l = Fixtures.naTruthLines();
      final int i = Vcf.confident(l, 8);
      l.add(i + 1, l.get(i));
      return truth(d, l);
    }));
    c.add(of(RECORDS, "truth-deletion-as-symbolic-del", WARNED, NOT_ASSESSED + "|<DEL>", d -> {
      final List<String> l = Fixtures.naTruthLines();
      int i = Vcf.confident(l, 0);
      while (Vcf.fields(l.get(i))[3].length() < 3 || Vcf.fields(l.get(i))[4].length() != 1) {
        i++;
      }
      final String[] f = Vcf.fields(l.get(i));
      final int end = Vcf.pos(l.get(i)) + f[3].length() - 1;
      f[3] = f[3].substring(0, 1);
      f[4] = "<DEL>";
      f[7] = "SVTYPE=DEL;END=" + end + ";" + f[7];
      l.set(i, Vcf.join(f));
      return truth(d, l);
    }));
    int k = 10;
    for (String alt : List.of("<DEL>", "<INS>", "<DUP>", "<INV>", "<CNV>", "<*>")) {
      final int at = k++;
      final String name = alt.replaceAll("[<>]", "").replace("*", "star").toLowerCase(java.util.Locale.ROOT);
      c.add(of(RECORDS, "query-symbolic-" + name + "-added", WARNED_SAME, NOT_ASSESSED + "|" + alt.replace("*",
          "\\*"), d -> query(d, addAt(Fixtures.naQueryLines(), at, alt, "SVTYPE=" + name.toUpperCase(
          java.util.Locale.ROOT) + ";END=@END@", "0/1"))));
    }
    c.add(of(RECORDS, "query-breakend-added", WARNED_SAME, NOT_ASSESSED + "|breakend|BND", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final String[] f = Vcf.fields(l.get(Vcf.confidentSnp(l, 17)));
      return query(d, addAt(l, 17, f[3] + "[chr20:10050000[", "SVTYPE=BND", "0/1"));
    }));
    c.add(of(RECORDS, "query-non-ref-alt-appended", ACCEPTED, NOT_ASSESSED + "|NON_REF", d ->
        query(d, Vcf.mapData(Fixtures.naQueryLines(), s -> Vcf.set(s, 4, Vcf.fields(s)[4] + ",<NON_REF>")))));
    c.add(of(RECORDS, "query-ref-n", WARNED, NOT_ASSESSED + "|REF|\\bN\\b", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confidentSnp(l, 9);
      l.set(i, Vcf.set(l.get(i), 3, "N"));
      return query(d, l);
    }));
    c.add(of(RECORDS, "query-star-allele-alone", SAME, "\\*", d ->
        query(d, addAt(Fixtures.naQueryLines(), 20, "*", ".", "0/1"))));
    c.add(of(RECORDS, "query-deletion-over-length-bound", WARNED, NOT_ASSESSED + "|length|longer|bound", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int pos = 10_040_000;
      int at = Vcf.firstData(l);
      while (Vcf.pos(l.get(at)) < pos) {
        at++;
      }
      l.add(at, String.join("\t", "chr20", String.valueOf(pos), ".", Fixtures.naBases(pos, pos + 30_000),
          Fixtures.naBases(pos, pos), "50", "PASS", ".", "GT", "0/1"));
      return query(d, l);
    }));
    c.add(of(RECORDS, "query-insertion-of-a-megabase", WARNED, NOT_ASSESSED + "|length|longer|bound", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confidentSnp(l, 11);
      final String[] f = Vcf.fields(l.get(i));
      l.add(i + 1, String.join("\t", f[0], f[1], ".", f[3], f[3] + "ACGT".repeat(250_000), "50", "PASS", ".",
          "GT", "0/1"));
      return query(d, l);
    }));

    // --- REF, order, emptiness
    c.add(of(ORDER, "query-ref-mismatch", REFUSED, "REF|reference", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confidentSnp(l, 3);
      final String[] f = Vcf.fields(l.get(i));
      f[3] = "ACGT".chars().mapToObj(ch -> String.valueOf((char) ch)).filter(b -> !b.equals(f[3])
          && !f[4].contains(b)).findFirst().orElseThrow();
      l.set(i, Vcf.join(f));
      return query(d, l).line(i + 1);
    }));
    c.add(of(ORDER, "truth-ref-mismatch", REFUSED, "REF|reference", d -> {
      final List<String> l = Fixtures.naTruthLines();
      final int i = Vcf.confidentSnp(l, 3);
      final String[] f = Vcf.fields(l.get(i));
      f[3] = "ACGT".chars().mapToObj(ch -> String.valueOf((char) ch)).filter(b -> !b.equals(f[3])
          && !f[4].contains(b)).findFirst().orElseThrow();
      l.set(i, Vcf.join(f));
      return truth(d, l).line(i + 1);
    }));
    c.add(of(ORDER, "query-two-records-swapped", REFUSED, "sort|order", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 10);
      final String a = l.get(i);
      l.set(i, l.get(i + 1));
      l.set(i + 1, a);
      return query(d, l);
    }));
    c.add(of(ORDER, "truth-two-records-swapped", REFUSED, "sort|order", d -> {
      final List<String> l = Fixtures.naTruthLines();
      final int i = Vcf.confident(l, 10);
      final String a = l.get(i);
      l.set(i, l.get(i + 1));
      l.set(i + 1, a);
      return truth(d, l);
    }));
    c.add(of(ORDER, "query-header-only", WARNED, "empty|no record|no variant|0 record", d ->
        query(d, Vcf.header(Fixtures.naQueryLines()))));
    c.add(of(ORDER, "truth-header-only", REFUSED, "empty|no record|no variant|0 record", d ->
        truth(d, Vcf.header(Fixtures.naTruthLines()))));
    c.add(of(ORDER, "query-zero-bytes", REFUSED, "empty|header|fileformat", d -> query(d, List.of())
        .culprit("q.vcf")));
    c.add(of(ORDER, "query-is-dev-null", REFUSED, "empty|header|fileformat|not a regular file", d ->
        Calls.na().query(Path.of("/dev/null")).done().culprit("null")));

    // --- contig naming in VCFs
    c.add(of(CONTIGS, "query-b37-naming", REFUSED, "chr", d ->
        query(d, renameContig(Fixtures.naQueryLines(), "chr20", "20", 1))));
    c.add(of(CONTIGS, "query-mixed-naming", REFUSED, "chr20|\\b20\\b|nam", d -> {
      final List<String> l = renameContig(Fixtures.naQueryLines(), "chr20", "20", 2);
      int first = Vcf.firstData(l);
      while (!l.get(first).startsWith("20\t")) {
        first++;
      }
      return query(d, l).line(first + 1);
    }));
    c.add(of(CONTIGS, "truth-b37-naming", REFUSED, "chr", d ->
        truth(d, renameContig(Fixtures.naTruthLines(), "chr20", "20", 1))));
    c.add(of(CONTIGS, "query-record-on-contig-not-in-reference", REFUSED, "chr21|contig|reference", d -> {
      final List<String> l = Fixtures.naQueryLines();
      l.add(Vcf.set(l.get(l.size() - 1), 0, "chr21"));
      return query(d, l).line(l.size());
    }));
    c.add(of(CONTIGS, "query-record-on-decoy-contig", WARNED, "chrUn|decoy|contig", d -> {
      final List<String> l = Vcf.addMeta(Fixtures.naQueryLines(), "##contig=<ID=chrUn_gl000220,length=161802>");
      l.add(String.join("\t", "chrUn_gl000220", "1000", ".", "A", "G", "50", "PASS", ".", "GT", "0/1"));
      return query(d, l);
    }));
    c.add(of(CONTIGS, "query-contig-length-of-another-build", REFUSED, "length|build|GRCh38|64444167", d ->
        query(d, Vcf.addMeta(Vcf.dropHeader(Fixtures.naQueryLines(), "##contig=<ID=chr20,"),
            "##contig=<ID=chr20,length=64444167>"))));

    // --- the HG002 chr21 slice (real GIAB v4.2.1 truth, real HaplotypeCaller calls)
    c.add(of(CONTIGS, "hg002-query-chr-prefixed", REFUSED, "chr", d -> {
      final Path q = d.lines("q.vcf", renameContig(Fixtures.hgQueryLines(), "21", "chr21", 1));
      return Calls.hg().query(q).done().culprit(q);
    }));
    c.add(of(CONTIGS, "hg002-query-mixed-naming", REFUSED, "chr21|\\b21\\b|nam", d -> {
      final Path q = d.lines("q.vcf", renameContig(Fixtures.hgQueryLines(), "21", "chr21", 50));
      return Calls.hg().query(q).done().culprit(q);
    }));
    c.add(of(SAMPLES, "hg002-query-plain-text", SAME, "text", d -> {
      final Path q = d.lines("q.vcf", Fixtures.hgQueryLines());
      return Calls.hg().query(q).done().culprit(q);
    }));
    c.add(of(RECORDS, "hg002-query-every-record-twice", WARNED, "duplicate", d -> {
      final List<String> out = new ArrayList<>();
      for (String s : Fixtures.hgQueryLines()) {
        out.add(s);
        if (!s.startsWith("#")) {
          out.add(s);
        }
      }
      final Path q = d.lines("q.vcf", out);
      return Calls.hg().query(q).done().culprit(q);
    }));
    c.add(of(ORDER, "hg002-truth-header-only", REFUSED, "empty|no record|no variant|0 record", d -> {
      final Path t = d.lines("truth.vcf", Vcf.header(Fixtures.hgTruthLines()));
      return Calls.hg().truth(t).done().culprit(t);
    }));
    return c;
  }
}
