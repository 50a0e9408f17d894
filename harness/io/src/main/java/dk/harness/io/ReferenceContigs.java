package dk.harness.io;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for contig names in every input (confident, target and stratum BEDs, truth and query VCF records):
 * every contig must be one of the reference's. A contig the reference lacks is
 * <ul>
 *   <li>{@link Kind#RENAME}: an error whose fix is the exact rename, when adding or removing {@code chr} (or
 *       {@code chrM}/{@code MT}) gives a reference contig;</li>
 *   <li>{@link Kind#MAY_BE_ABSENT}: a warning with counts, its records or intervals left out, when it is a sequence
 *       a reference build legitimately lacks ({@link #mayBeAbsent});</li>
 *   <li>{@link Kind#UNKNOWN}: an error otherwise.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ReferenceContigs {
  /**
   * Decoys, alternate haplotypes, fix patches, unplaced/unlocalised scaffolds, EBV, HLA alleles and sequencing
   * spike-ins: what one release of a build has and another (or the primary assembly) lacks.
   */
  private static final Pattern MAY_BE_ABSENT = Pattern.compile(
      "(?i)hs37d5|hs38d1|.*_decoy|.*_alt|.*_fix|.*_random|.*_hap\\d+|(chr)?Un(_.*)?|"
          + "(GL|KI|JH|KN|KQ|KV|KZ|ML|MU|KB|KE)\\d+(\\.\\d+|v\\d+)?|(chr)?EBV|NC_007605(\\.\\d+)?|HLA-.*|"
          + "(chr)?phiX(174)?|(chr)?lambda(_phage)?");
  /** Messages list at most this many contigs. */
  static final int LISTED = 5;

  /** What a contig name is to the reference. */
  public enum Kind {
    /** The reference has it. */
    PRESENT,
    /** Not in the reference, but adding/removing {@code chr} gives a reference contig ({@link #rename}). */
    RENAME,
    /** Not in the reference, and a sequence a build may lack (decoy, alt, unplaced, ...): warn and leave out. */
    MAY_BE_ABSENT,
    /** Not in the reference at all: an error. */
    UNKNOWN
  }

  private final Path fasta;
  private final Set<String> names;

  /**
   * @param fasta the reference, for messages
   * @param names its contig names (.fai)
   */
  public ReferenceContigs(Path fasta, Collection<String> names) {
    this.fasta = fasta;
    this.names = Set.copyOf(names);
  }

  /** The contigs of an open reference. */
  public static ReferenceContigs of(FastaReference reference) {
    return new ReferenceContigs(reference.path(), reference.contigLengths().keySet());
  }

  /** The reference FASTA, for messages. */
  public Path fasta() {
    return fasta;
  }

  /** The reference's contig names. */
  public Set<String> names() {
    return names;
  }

  public boolean contains(String contig) {
    return names.contains(contig);
  }

  /** What {@code contig} is to this reference. Callers ask once per contig, not once per interval or record. */
  public Kind kind(String contig) {
    if (names.contains(contig)) {
      return Kind.PRESENT;
    }
    if (rename(contig) != null) {
      return Kind.RENAME;
    }
    return mayBeAbsent(contig) ? Kind.MAY_BE_ABSENT : Kind.UNKNOWN;
  }

  /** The reference's name for {@code contig} after adding/removing {@code chr} (and chrM/MT), or null. */
  public String rename(String contig) {
    return ContigNaming.rename(contig, names);
  }

  /**
   * Whether {@code contig} names a sequence that a reference legitimately lacks in some release of its build:
   * decoys ({@code hs37d5}, {@code *_decoy}), alternate haplotypes and patches ({@code *_alt}, {@code *_fix},
   * {@code *_hapN}), unplaced and unlocalised scaffolds ({@code chrUn_*}, {@code *_random}, {@code GL000220.1},
   * {@code KI270742.1}), {@code EBV}, {@code HLA-*}, {@code phiX} and {@code lambda}. The single definition of
   * that rule.
   */
  public static boolean mayBeAbsent(String contig) {
    return MAY_BE_ABSENT.matcher(contig).matches();
  }

  /**
   * The warning for records or intervals left out because they are on contigs the reference may lack, or null
   * when there are none.
   *
   * @param file the input
   * @param what e.g. "the query VCF", "the confident-regions BED"
   * @param unit "record" or "interval"
   * @param counts contig to count (-1 when not known), in file order
   */
  public String leftOutWarning(Path file, String what, String unit, Map<String, Long> counts) {
    return counts.isEmpty() ? null : file + ": " + leftOut(what, unit, counts);
  }

  /** {@link #leftOutWarning} without the file name in front. */
  public String leftOut(String what, String unit, Map<String, Long> counts) {
    long total = 0;
    for (long n : counts.values()) {
      total = n < 0 || total < 0 ? -1 : total + n;
    }
    return what + " has " + (total < 0 ? "" : total + " ") + unit + (total == 1 ? "" : "s") + " on "
        + counts.size()
        + " contig" + (counts.size() == 1 ? "" : "s") + " the reference '" + fasta + "' lacks (decoy, alt or "
        + "unplaced sequences of the build), left out of the comparison: " + counted(counts);
  }

  /** {@code 'a' (3), 'b' (1), ... (n more)}. */
  static String counted(Map<String, Long> counts) {
    final StringBuilder sb = new StringBuilder();
    int i = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (i == LISTED) {
        sb.append(", ... (").append(counts.size() - LISTED).append(" more)");
        break;
      }
      sb.append(i++ > 0 ? ", " : "").append('\'').append(e.getKey()).append('\'');
      if (e.getValue() >= 0) {
        sb.append(" (").append(e.getValue()).append(')');
      }
    }
    return sb.toString();
  }

  /** A name as a literal in a sed basic regular expression (pattern side). */
  static String literal(String name) {
    return escape(name, ".[]*^$\\/");
  }

  /** A name as literal text on the replacement side of a sed {@code s} command. */
  static String replacement(String name) {
    return escape(name, "\\&/");
  }

  private static String escape(String name, String special) {
    final StringBuilder sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (special.indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The command that prints a BED's text, gzip or plain. */
  static String catCommand(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? "gzip -dc " + file
        : "cat " + file;
  }
}
