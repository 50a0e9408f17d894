package dk.harness.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.sv.SvSummary;
import dk.harness.io.FastaReference;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The simulated SV truth: valid, sorted, indexed VCF consistent with the reference, a realistic mix, all TP alone. */
class SvTruthTest {
  private static final List<String> BINS = List.of("50-99", "100-299", "300-999", "1000-4999", "5000-50000",
      ">50000");

  @Test
  void svTruthIsSortedIndexedVcfWhoseAllelesMatchTheReference() throws IOException {
    final Cohort c = SvCohorts.cohort();
    for (Cohort.SampleFiles s : c.samples()) {
      final List<VariantContext> all = new ArrayList<>();
      try (VCFFileReader r = new VCFFileReader(s.svTruthVcf(), true);
          FastaReference fasta = FastaReference.open(c.reference())) {
        String contig = null;
        int last = 0;
        for (VariantContext v : r) {
          all.add(v);
          if (!v.getContig().equals(contig)) {
            contig = v.getContig();
            last = 0;
          }
          assertTrue(v.getStart() > last, "unsorted or duplicate position at " + v.getContig() + ":" + v.getStart());
          last = v.getStart();
          final String ref = v.getReference().getBaseString();
          final String alt = v.getAlternateAllele(0).getDisplayString();
          final int svlen = v.getAttributeAsInt("SVLEN", 0);
          final int end = v.getAttributeAsInt("END", -1);
          final String type = v.getAttributeAsString("SVTYPE", null);
          final String bases = text(fasta, v.getContig(), v.getStart() - 1, v.getStart() - 1 + ref.length());
          assertEquals(bases, ref, "REF differs from the reference at " + v.getContig() + ":" + v.getStart());
          switch (type) {
            case "DEL" -> {
              assertTrue(svlen < 0, "deletion SVLEN is negative");
              assertEquals(v.getStart() - svlen, end, "END of a deletion is its last deleted base");
              assertTrue(alt.equals("<DEL>") || (alt.equals(ref.substring(0, 1)) && ref.length() == 1 - svlen),
                  "deletion " + v.getContig() + ":" + v.getStart());
            }
            case "INS" -> {
              assertEquals(v.getStart(), end);
              assertEquals(ref, alt.substring(0, 1));
              assertEquals(svlen, alt.length() - 1);
              if (v.getAttributeAsString("SIMTYPE", "").equals("TANDEM_DUPLICATION")) {
                // The inserted bases are the copy of the bases that follow.
                assertEquals(text(fasta, v.getContig(), v.getStart(), v.getStart() + svlen), alt.substring(1));
              }
            }
            case "DUP", "INV" -> {
              assertEquals("<" + type + ">", alt);
              assertEquals(v.getStart() + svlen, end);
            }
            default -> throw new AssertionError("unexpected SVTYPE " + type);
          }
        }
        // Reading through the index finds the records of a region.
        final VariantContext mid = all.get(all.size() / 2);
        try (var it = r.query(mid.getContig(), mid.getStart(), mid.getStart())) {
          assertTrue(it.stream().anyMatch(v -> v.getStart() == mid.getStart()), "index query");
        }
      }
      final Map<String, Integer> kinds = new TreeMap<>();
      final Map<String, Integer> bins = new TreeMap<>();
      for (VariantContext v : all) {
        kinds.merge(v.getAttributeAsString("SIMTYPE", "") + (v.isSymbolic() ? "/symbolic" : ""), 1, Integer::sum);
        kinds.merge(v.getGenotype(0).isHet() ? "0/1" : v.getGenotype(0).isHomVar() ? "1/1" : "other", 1,
            Integer::sum);
        bins.merge(bin(Math.abs(v.getAttributeAsInt("SVLEN", 0))), 1, Integer::sum);
      }
      // Deletions and insertions dominate, with tandem duplications both ways, some DUP and a few INV.
      for (String k : List.of("DELETION", "DELETION/symbolic", "INSERTION", "TANDEM_DUPLICATION",
          "DUPLICATION/symbolic", "INVERSION/symbolic", "0/1", "1/1")) {
        assertTrue(kinds.getOrDefault(k, 0) > 0, s.sample() + " has no " + k + ": " + kinds);
      }
      assertTrue(kinds.get("DELETION") > 4 * kinds.get("INVERSION/symbolic"), kinds.toString());
      assertTrue(all.size() > 150 && all.size() < 400, s.sample() + ": " + all.size() + " SVs in 4 Mb");
      for (String b : BINS.subList(0, 5)) {
        assertTrue(bins.getOrDefault(b, 0) >= 5, s.sample() + " size bin " + b + ": " + bins);
      }
      assertTrue(bins.get("50-99") > bins.get("5000-50000"), bins.toString());
    }
    // A few above Truvari's sizemax, over the samples.
    int over = 0;
    for (Cohort.SampleFiles s : c.samples()) {
      try (VCFFileReader r = new VCFFileReader(s.svTruthVcf(), false)) {
        for (VariantContext v : r) {
          over += Math.abs(v.getAttributeAsInt("SVLEN", 0)) > 50_000 ? 1 : 0;
        }
      }
    }
    assertTrue(over >= 1 && over <= 10, over + " SVs above 50 kb");
  }

  @Test
  void unitSvCallsAreSortedIndexedVcfWhoseRefMatchesTheReference() throws IOException {
    final Cohort c = SvCohorts.cohort();
    try (FastaReference fasta = FastaReference.open(c.reference())) {
      for (Cohort.UnitCalls u : c.units()) {
        final Map<String, Integer> seen = new TreeMap<>();
        try (VCFFileReader r = new VCFFileReader(u.svVcf(), true)) {
          String contig = null;
          int last = 0;
          for (VariantContext v : r) {
            if (!v.getContig().equals(contig)) {
              contig = v.getContig();
              last = 0;
            }
            final String where = u.unit() + " " + v.getContig() + ":" + v.getStart();
            assertTrue(v.getStart() >= last, "unsorted at " + where);
            last = v.getStart();
            final String ref = v.getReference().getBaseString();
            assertEquals(text(fasta, v.getContig(), v.getStart() - 1, v.getStart() - 1 + ref.length()), ref, where);
            final String type = v.getAttributeAsString("SVTYPE", "");
            assertTrue(List.of("DEL", "INS", "DUP", "INV").contains(type), where);
            final int svlen = Math.abs(v.getAttributeAsInt("SVLEN", 0));
            assertTrue(svlen >= 50, "a call below sizemin would not be counted: " + where);
            if (v.isSymbolic()) {
              assertEquals("<" + type + ">", v.getAlternateAllele(0).getDisplayString(), where);
            } else {
              assertEquals(svlen, Math.abs(v.getAlternateAllele(0).length() - ref.length()), where);
            }
            assertTrue(!v.hasAttribute("IMPRECISE") || v.isSymbolic(), "IMPRECISE on a resolved call: " + where);
            seen.merge(type + (v.isSymbolic() ? "/symbolic" : ""), 1, Integer::sum);
          }
        }
        assertTrue(seen.getOrDefault("DEL", 0) > 50 && seen.getOrDefault("INV/symbolic", 0) > 0, u.unit() + seen);
      }
    }
  }

  @Test
  void benchmarkBedIsSortedWithinTheContigsAndCoversMostOfThem() throws IOException {
    final Cohort c = SvCohorts.cohort();
    for (Cohort.SampleFiles s : c.samples()) {
      long covered = 0;
      String contig = null;
      long last = -1;
      for (String line : Files.readAllLines(s.svBenchmarkBed(), StandardCharsets.US_ASCII)) {
        final String[] f = line.split("\t");
        if (!f[0].equals(contig)) {
          contig = f[0];
          last = -1;
        }
        final long from = Long.parseLong(f[1]);
        final long to = Long.parseLong(f[2]);
        assertTrue(from > last && from < to && to <= SimulationConfig.DEFAULT_CONTIG_LENGTH, line);
        last = to;
        covered += to - from;
      }
      final double fraction = covered / (double) SvCohorts.SV.genomeLength();
      assertTrue(fraction > 0.8 && fraction < 0.97, "benchmark covers " + fraction);
    }
  }

  @Test
  void svTruthComparedWithItselfIsAllTruePositives() throws IOException {
    final Cohort c = SvCohorts.cohort();
    for (Cohort.SampleFiles s : c.samples()) {
      for (boolean withReference : new boolean[] {false, true}) {
        final SvSummary r = SvCohorts.compare(c, s.sample(), s.svTruthVcf(), withReference);
        assertTrue(r.baseCnt() > 150, "counted truth SVs: " + r.baseCnt());
        assertEquals(r.baseCnt(), r.tpBase());
        assertEquals(r.baseCnt(), r.tpComp());
        assertEquals(0, r.fp());
        assertEquals(0, r.fn());
        assertEquals(r.tpBase(), r.tpBaseTpGt());
      }
    }
  }

  private static String text(FastaReference fasta, String contig, int from, int to) {
    return new String(fasta.contig(contig).bases(from, to), StandardCharsets.US_ASCII);
  }

  private static String bin(int size) {
    return size < 100 ? "50-99" : size < 300 ? "100-299" : size < 1000 ? "300-999" : size < 5000 ? "1000-4999"
        : size <= 50_000 ? "5000-50000" : ">50000";
  }
}
