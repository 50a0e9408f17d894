package dk.harness.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.ContigRecords;
import dk.harness.io.FastaReference;
import dk.harness.io.LoadedRecord;
import dk.harness.io.RefCheck;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VcfContentTest {
  @Test
  void everyVcfIsSortedIndexedNonOverlappingAndMatchesTheReference() throws IOException {
    final Cohort cohort = TestCohorts.small();
    final List<Path> vcfs = new ArrayList<>();
    vcfs.add(cohort.sample("HG002").truthVcf());
    cohort.units().forEach(u -> vcfs.add(u.queryVcf()));
    try (FastaReference fasta = FastaReference.open(cohort.reference())) {
      for (Path vcf : vcfs) {
        final List<ContigRecords> contigs = read(vcf, ScoreField.QUAL);
        assertEquals(List.of("chr1", "chr2"), contigs.stream().map(ContigRecords::contig).toList(), vcf.toString());
        try (VcfInput input = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
          assertTrue(input.hasIndex(), vcf + " has no index");
          assertEquals("HG002", input.sampleName());
          assertEquals(List.of("chr1", "chr2"), input.headerContigs());
          // Reading through the index gives the same records as streaming.
          assertEquals(contigs.get(1).records().size(), input.readContig("chr2").records().size());
        }
        for (ContigRecords c : contigs) {
          assertTrue(c.records().size() > 500, vcf + " " + c.contig() + ": " + c.records().size());
          RefCheck.check(vcf, c.records(), fasta.contig(c.contig()), cohort.reference());
          int prevEnd = 0;
          for (LoadedRecord r : c.records()) {
            assertTrue(r.pos() - 1 >= prevEnd, vcf + ": record at " + r.contig() + ":" + r.pos() + " overlaps the one before");
            prevEnd = r.pos() - 1 + r.ref().length();
          }
        }
      }
    }
  }

  @Test
  void truthHasAGiabLikeMix() throws IOException {
    final Cohort cohort = TestCohorts.small();
    int snv = 0;
    int mnp = 0;
    int indel = 0;
    int het = 0;
    int hom = 0;
    int hetAlt = 0;
    int oneBase = 0;
    int longer15 = 0;
    int maxLength = 0;
    int inHomopolymer = 0;
    try (FastaReference fasta = FastaReference.open(cohort.reference())) {
      for (ContigRecords c : read(cohort.sample("HG002").truthVcf(), ScoreField.QUAL)) {
        final byte[] seq = fasta.contig(c.contig()).bases(0, fasta.contig(c.contig()).length());
        for (LoadedRecord r : c.records()) {
          switch (r.gt()) {
            case "0/1" -> het++;
            case "1/1" -> hom++;
            case "1/2" -> hetAlt++;
            default -> throw new AssertionError("unexpected GT " + r.gt());
          }
          final int refLen = r.ref().length();
          final int altLen = r.alts().get(0).length();
          if (refLen == altLen) {
            if (refLen == 1) {
              snv++;
            } else {
              mnp++;
            }
            continue;
          }
          indel++;
          final int len = Math.abs(refLen - altLen);
          oneBase += len == 1 ? 1 : 0;
          longer15 += len > 15 ? 1 : 0;
          maxLength = Math.max(maxLength, len);
          // Left-normalized indel: the changed bases start right after the anchor base.
          final int first = r.pos();
          int run = 1;
          while (first + run < seq.length && seq[first + run] == seq[first]) {
            run++;
          }
          inHomopolymer += run >= 6 ? 1 : 0;
        }
      }
    }
    final double snvPerIndel = (double) (snv + mnp) / indel;
    assertTrue(snvPerIndel > 6 && snvPerIndel < 10.5, "SNV:indel " + snvPerIndel);
    final double hetPerHom = (double) het / hom;
    assertTrue(hetPerHom > 1.35 && hetPerHom < 1.9, "het:hom " + hetPerHom);
    assertTrue(hetAlt > 5 && hetAlt < 0.04 * (snv + indel), "1/2 sites " + hetAlt);
    assertTrue(mnp > 3, "MNPs " + mnp);
    assertTrue((double) (snv + mnp + indel) / 2_000_000 > 0.0009, "variant density");
    assertTrue(oneBase > 0.3 * indel && oneBase < 0.75 * indel, "1-bp indels " + oneBase + " of " + indel);
    assertTrue(longer15 > 10 && longer15 < 0.2 * indel, "indels > 15 bp: " + longer15 + " of " + indel);
    assertTrue(maxLength <= 50, "longest indel " + maxLength);
    assertTrue(inHomopolymer > 0.2 * indel, "indels in homopolymers: " + inHomopolymer + " of " + indel);
  }

  @Test
  void errorsScoreLowerThanCorrectCallsAndFiltersFollowScores() throws IOException {
    final Cohort cohort = TestCohorts.small();
    final Set<String> truth = new HashSet<>();
    for (ContigRecords c : read(cohort.sample("HG002").truthVcf(), ScoreField.QUAL)) {
      c.records().forEach(r -> truth.add(key(r)));
    }
    for (Cohort.UnitCalls unit : cohort.units()) {
      if (unit.unit().equals("capital")) {
        continue;
      }
      final Map<Boolean, double[]> sums = new HashMap<>();
      for (ContigRecords c : read(unit.queryVcf(), unit.rocScore())) {
        for (LoadedRecord r : c.records()) {
          final double score = r.variant().score();
          sums.computeIfAbsent(truth.contains(key(r)), k -> new double[2]);
          sums.get(truth.contains(key(r)))[0] += score;
          sums.get(truth.contains(key(r)))[1]++;
          if (unit.unit().equals("zealand")) {
            assertTrue(Double.isNaN(r.qual()), "zealand writes QUAL '.'");
            assertEquals(r.gq() < 20 ? "LowGQ" : "PASS", r.ft());
          } else if (unit.unit().equals("south")) {
            assertEquals(r.qual() < 20 ? "LowQual" : "PASS", r.filter());
          } else {
            assertEquals("PASS", r.filter());
          }
        }
      }
      final double correct = sums.get(true)[0] / sums.get(true)[1];
      final double wrong = sums.get(false)[0] / sums.get(false)[1];
      assertTrue(correct > wrong + 10, unit.unit() + ": mean score of exact truth matches " + correct
          + " vs others " + wrong);
    }
  }

  private static String key(LoadedRecord r) {
    return r.contig() + ":" + r.pos() + ":" + r.ref() + ":" + r.alts() + ":" + r.gt();
  }

  static List<ContigRecords> read(Path vcf, ScoreField score) {
    final List<ContigRecords> out = new ArrayList<>();
    try (VcfInput input = VcfInput.open(vcf, "query", null, score)) {
      ContigRecords c;
      while ((c = input.nextContig()) != null) {
        out.add(c);
      }
    }
    return out;
  }
}
