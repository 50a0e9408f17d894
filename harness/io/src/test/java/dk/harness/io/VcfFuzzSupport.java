package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.harness.core.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a VCF the two ways {@link VcfInput} can ({@link VcfInput.Decoding#FAST} and
 * {@link VcfInput.Decoding#HTSJDK}) and checks they agree: the same records, field by field, or the same refusal.
 * Shared by the VCF fuzz tests.
 */
final class VcfFuzzSupport {
  private VcfFuzzSupport() {
  }

  /** What one reading gave: every record (as text, every field) read before the end or the refusal. */
  record Outcome(List<String> records, List<String> recordContigs, String error) {
  }

  /**
   * Reads {@code vcf} both ways and asserts that they agree and that a refusal is an {@link InputException}
   * naming the file (anything else escapes as a finding).
   */
  static Outcome readBothWaysAndCompare(Path vcf, String sample, ScoreField score) {
    final Outcome fast = read(vcf, sample, score, VcfInput.Decoding.FAST);
    final Outcome htsjdk = read(vcf, sample, score, VcfInput.Decoding.HTSJDK);
    assertEquals(htsjdk.error(), fast.error(), "different refusals");
    assertEquals(htsjdk.records(), fast.records(), "different records");
    return fast;
  }

  private static Outcome read(Path vcf, String sample, ScoreField score, VcfInput.Decoding decoding) {
    final List<String> out = new ArrayList<>();
    List<String> contigs = null;
    try (VcfInput in = VcfInput.open(vcf, "query", sample, score, decoding)) {
      // The CHROM pre-scan is its own reader of the same bytes; it must keep the contract too.
      contigs = in.recordContigs();
      for (ContigRecords c = in.nextContig(); c != null; c = in.nextContig()) {
        for (LoadedRecord r : c.records()) {
          out.add(describe(r));
        }
      }
      return new Outcome(out, contigs, null);
    } catch (InputException e) {
      FuzzFiles.assertNamesFile(e, vcf);
      return new Outcome(out, contigs, e.getMessage());
    }
  }

  /** Every field of the record and of its core variant, as one line. */
  static String describe(LoadedRecord r) {
    final Variant v = r.variant();
    final StringBuilder sb = new StringBuilder();
    sb.append(r.contig()).append(' ').append(r.pos()).append(' ').append(r.ref()).append(' ').append(r.alts())
        .append(' ').append(r.filter()).append(' ').append(Double.doubleToLongBits(r.qual())).append(' ')
        .append(r.gt()).append(' ').append(r.ft()).append(' ').append(Double.doubleToLongBits(r.gq())).append(' ')
        .append(r.line()).append(" | ").append(v.id()).append(' ').append(v.start()).append(' ').append(v.end());
    for (int i = 0; i < v.alleleCount(); i++) {
      final byte[] a = v.allele(i);
      sb.append(' ').append(a == null ? "null" : new String(a, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    sb.append(' ').append(Arrays.toString(v.genotype())).append(' ').append(v.phased()).append(' ')
        .append(v.pass()).append(' ').append(Double.doubleToLongBits(v.score()));
    return sb.toString();
  }
}
