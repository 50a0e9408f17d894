package dk.harness.council;

import dk.harness.core.sv.SvConfig;
import dk.harness.core.sv.SvRecord;
import dk.harness.core.sv.SvType;
import dk.harness.core.sv.SvVariant;
import dk.harness.io.InputException;
import dk.harness.io.SvVcf;
import dk.harness.io.SvVcfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The largest misses of an SV part: FN from {@code fn.vcf.gz}, FP from {@code fp.vcf.gz}, ranked by SV length
 * (largest first; equal lengths keep file order). Records are typed and sized with the engine's own rules
 * ({@link SvVariant#of}), so a miss's size is the one its size bin was counted under. Immutable.
 *
 * @param fn the largest false negatives, at most the limit of {@link #read}
 * @param fp the largest false positives
 * @param fnCount all false negatives in the file
 * @param fpCount all false positives in the file
 */
public record SvMisses(List<SvMiss> fn, List<SvMiss> fp, int fnCount, int fpCount) {
  /** Truvari's annotations of the closest candidate, with the words shown for them. */
  private static final String[][] CLOSEST = {{"PctSizeSimilarity", "size similarity"},
      {"PctRecOverlap", "reciprocal overlap"}, {"PctSeqSimilarity", "sequence similarity"},
      {"StartDistance", "start distance"}, {"EndDistance", "end distance"}, {"GTMatch", "genotype difference"}};

  public SvMisses {
    fn = List.copyOf(fn);
    fp = List.copyOf(fp);
  }

  /**
   * Reads the misses of an SV part folder.
   *
   * @param limit how many of the largest to keep per side
   * @throws InputException if {@code fn.vcf.gz} or {@code fp.vcf.gz} is missing or not a VCF
   */
  public static SvMisses read(Path folder, int limit) {
    final List<SvMiss> fn = all(folder.resolve("fn.vcf.gz"));
    final List<SvMiss> fp = all(folder.resolve("fp.vcf.gz"));
    return new SvMisses(largest(fn, limit), largest(fp, limit), fn.size(), fp.size());
  }

  private static List<SvMiss> largest(List<SvMiss> all, int limit) {
    final List<SvMiss> ranked = new ArrayList<>(all);
    ranked.sort(Comparator.comparingLong(SvMiss::size).reversed());
    return ranked.subList(0, Math.min(limit, ranked.size()));
  }

  private static List<SvMiss> all(Path vcf) {
    if (!Files.isRegularFile(vcf)) {
      throw new InputException(vcf, -1, "the SV comparison's result VCF is missing",
          "pass an unmodified run folder written by 'harness run'");
    }
    final SvVcf in = SvVcfReader.read(vcf, null);
    final SvConfig config = SvConfig.defaults();
    final List<SvMiss> out = new ArrayList<>();
    for (SvRecord r : in.input().records()) {
      final SvVariant v = SvVariant.of(r, config);
      final boolean bnd = v.type() == SvType.BND;
      out.add(new SvMiss(r.contig(), r.pos(), bnd ? r.pos() : Math.max(r.pos(), r.end()), v.type().name(),
          bnd ? 0 : v.size(), r.id(), gt(r.text()), closest(r.text())));
    }
    return out;
  }

  /** The first sample's GT as written (phasing kept), or "." when there is none. */
  static String gt(String line) {
    final String[] cols = line.split("\t", 11);
    if (cols.length < 10) {
      return ".";
    }
    final String[] keys = cols[8].split(":");
    final String[] values = cols[9].split(":");
    for (int i = 0; i < keys.length && i < values.length; i++) {
      if ("GT".equals(keys[i])) {
        return values[i];
      }
    }
    return ".";
  }

  /** "size similarity 0.41, start distance -120" from the record's INFO, or null when Truvari wrote none. */
  static String closest(String line) {
    final String[] cols = line.split("\t", 9);
    if (cols.length < 8) {
      return null;
    }
    final List<String> parts = new ArrayList<>();
    for (String[] k : CLOSEST) {
      for (String kv : cols[7].split(";")) {
        if (kv.startsWith(k[0] + "=")) {
          parts.add(k[1] + " " + kv.substring(k[0].length() + 1));
        }
      }
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }
}
