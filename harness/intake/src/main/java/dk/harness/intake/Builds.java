package dk.harness.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises the human reference build from contig lengths. The primary chromosomes 1-22, X and Y have different
 * lengths in GRCh37 (= hg19, b37) and GRCh38 (= hg38), so one known contig is enough; mitochondria and unplaced
 * contigs are not used. Stateless; thread-safe.
 */
public final class Builds {
  public static final String GRCH37 = "GRCh37";
  public static final String GRCH38 = "GRCh38";

  /** Lengths (bp) of 1..22, X, Y: {GRCh37, GRCh38}. Public assembly facts (NCBI GRCh37.p13 / GRCh38.p14). */
  private static final Map<String, long[]> LENGTHS = new LinkedHashMap<>();

  static {
    final long[][] l = {
        {249250621, 248956422}, {243199373, 242193529}, {198022430, 198295559}, {191154276, 190214555},
        {180915260, 181538259}, {171115067, 170805979}, {159138663, 159345973}, {146364022, 145138636},
        {141213431, 138394717}, {135534747, 133797422}, {135006516, 135086622}, {133851895, 133275309},
        {115169878, 114364328}, {107349540, 107043718}, {102531392, 101991189}, {90354753, 90338345},
        {81195210, 83257441}, {78077248, 80373285}, {59128983, 58617616}, {63025520, 64444167},
        {48129895, 46709983}, {51304566, 50818468}};
    for (int i = 0; i < l.length; i++) {
      LENGTHS.put(String.valueOf(i + 1), l[i]);
    }
    LENGTHS.put("X", new long[] {155270560, 156040895});
    LENGTHS.put("Y", new long[] {59373566, 57227415});
  }

  private Builds() {
  }

  /**
   * What contig lengths say about the build.
   *
   * @param build {@link #GRCH37}, {@link #GRCH38}, or null when no known contig has a length of either build,
   *     or the contigs disagree
   * @param evidence e.g. {@code chr21 46,709,983 bp}: the first contig that decided it (or the conflict), for
   *     messages; null when nothing was recognised
   * @param conflicting whether some contigs have GRCh37 and others GRCh38 lengths
   */
  public record Guess(String build, String evidence, boolean conflicting) {
    static final Guess UNKNOWN = new Guess(null, null, false);
  }

  /**
   * Guesses the build from contig lengths.
   *
   * @param lengths contig name to length; names with or without {@code chr}; unknown lengths (0 or negative)
   *     are ignored
   */
  public static Guess guess(Map<String, Long> lengths) {
    final List<String> b37 = new ArrayList<>();
    final List<String> b38 = new ArrayList<>();
    for (Map.Entry<String, Long> e : lengths.entrySet()) {
      final long[] known = LENGTHS.get(primaryName(e.getKey()));
      if (known == null || e.getValue() == null || e.getValue() <= 0) {
        continue;
      }
      final String ev = e.getKey() + " " + bp(e.getValue());
      if (e.getValue() == known[0]) {
        b37.add(ev);
      } else if (e.getValue() == known[1]) {
        b38.add(ev);
      }
    }
    if (!b37.isEmpty() && !b38.isEmpty()) {
      return new Guess(null, b37.get(0) + " is " + GRCH37 + " but " + b38.get(0) + " is " + GRCH38, true);
    }
    if (!b37.isEmpty()) {
      return new Guess(GRCH37, b37.get(0), false);
    }
    if (!b38.isEmpty()) {
      return new Guess(GRCH38, b38.get(0), false);
    }
    return Guess.UNKNOWN;
  }

  /**
   * The canonical name for a user-written build: hg19, b37, GRCh37 -> GRCh37; hg38, GRCh38 -> GRCh38
   * (case-insensitive); anything else is returned unchanged.
   */
  public static String canonical(String build) {
    if (build == null) {
      return null;
    }
    return switch (build.trim().toLowerCase(Locale.ROOT)) {
      case "grch37", "hg19", "b37", "hs37d5", "grch37.p13" -> GRCH37;
      case "grch38", "hg38", "grch38.p14", "grch38_no_alt" -> GRCH38;
      default -> build.trim();
    };
  }

  /** The length of a primary chromosome in a build, or -1 when not known. */
  public static long length(String build, String contig) {
    final long[] known = LENGTHS.get(primaryName(contig));
    if (known == null) {
      return -1;
    }
    return GRCH37.equals(build) ? known[0] : GRCH38.equals(build) ? known[1] : -1;
  }

  /** {@code chr21} and {@code 21} -> {@code 21}; {@code chrX} -> {@code X}. */
  private static String primaryName(String contig) {
    return contig.startsWith("chr") ? contig.substring(3) : contig;
  }

  /** A length with thousands separators and "bp". */
  static String bp(long n) {
    return String.format(Locale.ROOT, "%,d bp", n);
  }
}
