package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.Variant;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HTSJDK stays the reference for correctness: on every VCF of the shared data and every sample in it, reading
 * with the fast path ({@link VcfInput.Decoding#FAST}: htsjdk's codec only where {@link SiteSyntax} cannot prove a
 * line valid) gives exactly the records of the reference path ({@link VcfInput.Decoding#HTSJDK}: the codec on
 * every line), field by field, or the same error; and every record agrees with htsjdk's own fully decoded
 * VariantContext and Genotype (alleles, filters, QUAL, GT, phasing, FT, GQ).
 */
class FastDecodingEquivalenceTest {

  @Test
  void fastAndHtsjdkPathsReadIdenticalRecordsOnEverySharedVcf() throws IOException {
    final List<Path> vcfs = sharedVcfs();
    assertTrue(vcfs.size() >= 300, "expected the shared data's ~340 VCFs, found " + vcfs.size());
    long records = 0;
    long samples = 0;
    long failures = 0;
    long checkedAgainstVariantContext = 0;
    for (Path vcf : vcfs) {
      for (String sample : someSamples(sampleNames(vcf))) {
        samples++;
        final Outcome slow = read(vcf, sample, VcfInput.Decoding.HTSJDK);
        final Outcome fast = read(vcf, sample, VcfInput.Decoding.FAST);
        final String where = vcf + " sample " + sample;
        assertEquals(slow.error, fast.error, where + ": different errors");
        assertEquals(slow.records.size(), fast.records.size(), where + ": different record counts");
        for (int i = 0; i < slow.records.size(); i++) {
          assertSameRecord(slow.records.get(i), fast.records.get(i), where + " record " + i);
        }
        records += fast.records.size();
        if (fast.error != null) {
          failures++;
        } else {
          checkedAgainstVariantContext += checkAgainstHtsjdk(vcf, sample, fast.records);
        }
      }
    }
    assertTrue(records > 1_000_000, "expected over a million records in the shared data, read " + records);
    assertTrue(checkedAgainstVariantContext > 1_000_000, "checked " + checkedAgainstVariantContext);
    System.out.printf(Locale.ROOT, "fast decoding: %d files, %d file/sample pairs, %d records identical, "
        + "%d checked against htsjdk VariantContexts, %d inputs rejected identically%n", vcfs.size(), samples,
        records, checkedAgainstVariantContext, failures);
  }

  /** Every VCF under the shared data (plain or compressed), sorted for a stable order. */
  static List<Path> sharedVcfs() throws IOException {
    try (Stream<Path> walk = Files.walk(TestFiles.shared())) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".vcf") || p.getFileName().toString().endsWith(".vcf.gz"))
          .sorted().toList();
    }
  }

  /**
   * The first three samples and the last: every sample column is parsed the same way, and the dialect corpus'
   * cohort files (1,182 and 189 samples) would otherwise make this test run for many minutes.
   */
  private static List<String> someSamples(List<String> names) {
    if (names.size() <= 4) {
      return names;
    }
    return List.of(names.get(0), names.get(1), names.get(2), names.get(names.size() - 1));
  }

  /** The header's samples; a single null (take the only one) when the header cannot be read or has none. */
  private static List<String> sampleNames(Path vcf) {
    try (VCFFileReader r = new VCFFileReader(vcf, false)) {
      final List<String> names = r.getFileHeader().getGenotypeSamples();
      return names.isEmpty() ? Arrays.asList((String) null) : names;
    } catch (RuntimeException e) {
      return Arrays.asList((String) null);
    }
  }

  private record Outcome(List<LoadedRecord> records, String error) {
  }

  private static Outcome read(Path vcf, String sample, VcfInput.Decoding decoding) {
    final List<LoadedRecord> out = new ArrayList<>();
    try (VcfInput in = VcfInput.open(vcf, "query", sample, ScoreField.GQ, decoding)) {
      for (ContigRecords c = in.nextContig(); c != null; c = in.nextContig()) {
        out.addAll(c.records());
      }
      return new Outcome(out, null);
    } catch (InputException e) {
      return new Outcome(out, e.getMessage());
    }
  }

  private static void assertSameRecord(LoadedRecord a, LoadedRecord b, String where) {
    assertEquals(a.contig(), b.contig(), where);
    assertEquals(a.pos(), b.pos(), where);
    assertEquals(a.ref(), b.ref(), where);
    assertEquals(a.alts(), b.alts(), where);
    assertEquals(a.filter(), b.filter(), where);
    assertEquals(Double.doubleToLongBits(a.qual()), Double.doubleToLongBits(b.qual()), where);
    assertEquals(a.gt(), b.gt(), where);
    assertEquals(a.ft(), b.ft(), where);
    assertEquals(Double.doubleToLongBits(a.gq()), Double.doubleToLongBits(b.gq()), where);
    assertEquals(a.line(), b.line(), where);
    final Variant x = a.variant();
    final Variant y = b.variant();
    assertEquals(x.id(), y.id(), where);
    assertEquals(x.start(), y.start(), where);
    assertEquals(x.end(), y.end(), where);
    assertEquals(x.alleleCount(), y.alleleCount(), where);
    for (int i = 0; i < x.alleleCount(); i++) {
      assertArrayEquals(x.allele(i), y.allele(i), where + " allele " + i);
    }
    assertArrayEquals(x.genotype(), y.genotype(), where);
    assertEquals(x.phased(), y.phased(), where);
    assertEquals(x.pass(), y.pass(), where);
    assertEquals(Double.doubleToLongBits(x.score()), Double.doubleToLongBits(y.score()), where);
  }

  /**
   * Compares the records with htsjdk's fully decoded VariantContexts of the same file (same order).
   *
   * @return the number of records compared
   */
  private static long checkAgainstHtsjdk(Path vcf, String sample, List<LoadedRecord> records) {
    final VCFFileReader r;
    try {
      r = new VCFFileReader(vcf, false);
    } catch (RuntimeException e) {
      return 0; // a header htsjdk refuses and the reader takes as htslib does (VcfDialectTest covers these)
    }
    try (r) {
      final Iterator<VariantContext> it;
      try {
        it = r.iterator(); // reads the first record
      } catch (RuntimeException e) {
        return 0; // a first record htsjdk refuses and htslib reads (e.g. an empty INFO column)
      }
      final String name = sample != null ? sample : r.getFileHeader().getGenotypeSamples().get(0);
      for (LoadedRecord rec : records) {
        VariantContext vc;
        try {
          assertTrue(it.hasNext(), vcf + ": htsjdk has fewer records");
          vc = it.next();
          // Records without GT are skipped by the reader (as by vcfeval) but not by htsjdk.
          while (!(vc.getContig().equals(rec.contig()) && vc.getStart() == rec.pos())
              && vc.getGenotype(name).getPloidy() == 0 && it.hasNext()) {
            vc = it.next();
          }
        } catch (RuntimeException e) {
          return records.indexOf(rec); // a record htsjdk refuses and htslib reads (e.g. an empty INFO column)
        }
        final String where = vcf + ":" + rec.line();
        assertEquals(vc.getContig(), rec.contig(), where);
        assertEquals(vc.getStart(), rec.pos(), where);
        assertEquals(vc.getReference().getBaseString(), rec.ref(), where);
        final List<String> alts = new ArrayList<>();
        for (Allele a : vc.getAlternateAlleles()) {
          final String s = a.getDisplayString();
          alts.add(SiteSyntaxTest.isBases(s) ? s.toUpperCase(Locale.ROOT) : s);
        }
        assertEquals(alts, rec.alts(), where);
        assertFilter(vc, rec.filter(), where);
        if (vc.hasLog10PError()) {
          assertEquals(vc.getPhredScaledQual(), rec.qual(), 1e-9 * Math.max(1, Math.abs(rec.qual())), where);
        } else {
          assertTrue(Double.isNaN(rec.qual()), where);
        }
        final Genotype g;
        try {
          g = vc.getGenotype(name);
        } catch (RuntimeException e) {
          // htsjdk decodes every sample's FORMAT values by their declared types and refuses what htslib reads
          // (e.g. "29,41" in a Number=1 Integer of the HPRC merge); the reader takes only GT, FT and GQ.
          continue;
        }
        assertNotNull(g, where);
        final int[] gt = new int[g.getPloidy()];
        for (int h = 0; h < gt.length; h++) {
          final Allele a = g.getAllele(h);
          gt[h] = a.isNoCall() ? -1 : vc.getAlleleIndex(a);
        }
        if (!rec.gt().equals(".") || gt.length > 0) {
          assertArrayEquals(gt, rec.variant().genotype(), where + " GT " + rec.gt());
        }
        if (gt.length > 1) {
          assertEquals(g.isPhased(), rec.variant().phased(), where + " phasing of " + rec.gt());
        }
        // htsjdk keeps GQ as an int, rounding a decimal written into it (1000 Genomes phase 2 writes 48.16);
        // the reader keeps the number as written.
        assertEquals(g.hasGQ() ? (double) g.getGQ() : Double.NaN, Double.isNaN(rec.gq()) ? rec.gq()
            : (double) Math.round(rec.gq()), where);
        // htsjdk reports an FT of PASS or '.' as no filter, and may reorder the names.
        final boolean noFt = rec.ft() == null || ".".equals(rec.ft()) || "PASS".equals(rec.ft());
        assertEquals(noFt ? null : new HashSet<>(Arrays.asList(rec.ft().split(";"))),
            g.getFilters() == null ? null : new HashSet<>(Arrays.asList(g.getFilters().split(";"))), where + " FT");
      }
      assertTrue(!it.hasNext(), vcf + ": htsjdk has more records");
      return records.size();
    }
  }

  private static void assertFilter(VariantContext vc, String filter, String where) {
    if (filter.equals(".")) {
      assertTrue(!vc.filtersWereApplied(), where);
    } else if (filter.equals("PASS")) {
      assertTrue(vc.filtersWereApplied() && vc.getFilters().isEmpty(), where);
    } else {
      final Set<String> ours = new HashSet<>(Arrays.asList(filter.split(";")));
      ours.remove("PASS");
      assertEquals(ours, vc.getFilters(), where + " FILTER " + filter);
    }
    Objects.requireNonNull(filter);
  }
}
