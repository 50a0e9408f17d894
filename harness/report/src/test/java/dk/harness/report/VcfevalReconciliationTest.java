package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.RegionSet;
import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reconciles the counting rules with RTG vcfeval 3.12.1 on real data: feeding vcfeval's own per-record
 * decisions (tp-baseline / fn / tp / fp lists) through {@link Tally} must give vcfeval's SNP and non-SNP
 * figures, and the confident-region rule must select exactly the truth records vcfeval evaluated.
 */
class VcfevalReconciliationTest {
  private static RegionSet bed;

  /** Resolved when used, not in a static initialiser, so that missing shared data skips rather than errors. */
  private static Path data() {
    return Fixtures.sharedData();
  }

  private static Path sarek() {
    return data().resolve("hg002-chr21-sarek/SV_testdata/hg37/truth");
  }

  @BeforeAll
  static void readBed() throws IOException {
    final RegionSet.Builder b = RegionSet.builder();
    for (String line : Files.readAllLines(sarek().resolve("HG002_GRCh37_1_22_v4.2.1_highconf.chr21.bed"))) {
      final String[] f = line.split("\t");
      b.add(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]));
    }
    bed = b.build();
  }

  @ParameterizedTest
  @CsvSource({
      // caller, SNP TP-baseline / TP-call / FP / FN, non-SNP TP-baseline / TP-call / FP / FN (data README)
      "haplotypecaller, 44982, 44982, 226, 105, 7638, 7638, 90, 186",
      "bcftools,        44940, 44968, 476, 147, 7371, 7359, 339, 453",
      "strelka,         44949, 44989,  66, 138, 7712, 7694,  53, 112"})
  void vcfevalDecisionsGiveVcfevalCounts(String caller, long snpTpb, long snpTpc, long snpFp, long snpFn,
      long indelTpb, long indelTpc, long indelFp, long indelFn) {
    final Path dir = data().resolve("hg002-chr21-pseudoref/expected/rtg-vcfeval/" + caller);
    final List<LoadedRecord> truth = new ArrayList<>();
    final List<Decision> truthDec = new ArrayList<>();
    final List<LoadedRecord> query = new ArrayList<>();
    final List<Decision> queryDec = new ArrayList<>();
    // every TP in one block: that block holds confident truth TPs, so each TP call weighs (vcfeval's lists
    // contain only TP calls whose baseline counted)
    load(dir.resolve("tp-baseline.vcf.gz"), truth, truthDec, Outcome.TP);
    load(dir.resolve("fn.vcf.gz"), truth, truthDec, Outcome.FN);
    load(dir.resolve("tp.vcf.gz"), query, queryDec, Outcome.TP);
    load(dir.resolve("fp.vcf.gz"), query, queryDec, Outcome.FP);
    final ContigOutcome o = new ContigOutcome("21", truth, query,
        new ContigResult("21", truthDec, queryDec, List.of()));
    final Tally tally = new Tally(new CountingRules(bed));
    tally.accept(o, o);
    final Counts snp = tally.counts(FilterKind.PASS, VariantType.SNP);
    final Counts indel = tally.counts(FilterKind.PASS, VariantType.INDEL);
    assertEquals(List.of(snpTpb, snpTpc, snpFp, snpFn), List.of(snp.truthTp(), snp.queryTp(), snp.queryFp(),
        snp.truthFn()), caller + " SNP");
    assertEquals(List.of(indelTpb, indelTpc, indelFp, indelFn), List.of(indel.truthTp(), indel.queryTp(),
        indel.queryFp(), indel.truthFn()), caller + " non-SNP");
    assertEquals(0, snp.queryUnk() + indel.queryUnk(), "vcfeval lists only weighed calls");
  }

  @Test
  void confidentRuleSelectsTheTruthRecordsVcfevalEvaluated() {
    final List<LoadedRecord> truth = new ArrayList<>();
    load(sarek().resolve("HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz"), truth, new ArrayList<>(), Outcome.FN);
    final CountingRules rules = new CountingRules(bed);
    long confident = 0;
    for (LoadedRecord r : truth) {
      if (r.variant().isVariant() && rules.isConfident("21", r.variant())) {
        confident++;
      }
    }
    // TP-baseline + FN of every caller (52620 + 291 = 52311 + 600 = 52661 + 250)
    assertEquals(52911, confident);
  }

  private static void load(Path vcf, List<LoadedRecord> out, List<Decision> dec, Outcome o) {
    try (VCFFileReader r = new VCFFileReader(vcf, false)) {
      for (VariantContext vc : r) {
        final int id = out.size();
        out.add(toRecord(vc, id));
        dec.add(new Decision(id, o, o == Outcome.TP ? MatchLevel.GM : MatchLevel.NONE,
            o == Outcome.TP ? 0 : vc.getStart(), -1));
      }
    }
  }

  private static LoadedRecord toRecord(VariantContext vc, int id) {
    final List<Allele> alleles = vc.getAlleles();
    final byte[][] bases = new byte[alleles.size()][];
    final List<String> alts = new ArrayList<>();
    for (int i = 0; i < alleles.size(); i++) {
      final Allele a = alleles.get(i);
      bases[i] = a.isSymbolic() || a.equals(Allele.SPAN_DEL) ? null : a.getBases().clone();
      if (i > 0) {
        alts.add(a.getDisplayString());
      }
    }
    final Genotype g = vc.getGenotype(0);
    final int[] gt = new int[g.getPloidy()];
    for (int h = 0; h < gt.length; h++) {
      final Allele a = g.getAllele(h);
      gt[h] = a.isNoCall() ? -1 : vc.getAlleleIndex(a);
    }
    final Variant v = new Variant(id, vc.getStart() - 1, bases, gt, g.isPhased(), true, Double.NaN);
    return new LoadedRecord(vc.getContig(), vc.getStart(), new String(bases[0], StandardCharsets.US_ASCII),
        alts, ".", Double.NaN, g.getGenotypeString(false), null, Double.NaN, -1, v);
  }
}
