package dk.harness.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks contig names of truth, query and reference against each other before any comparison, so that a naming
 * mismatch (the classic {@code chr1} vs {@code 1}) fails loudly instead of producing all-zero metrics.
 *
 * <p>Intended use: after {@link VcfInput#open} and {@link FastaReference#open}, and before writing any output,
 * call {@link #check(VcfInput, VcfInput, FastaReference)}. It uses {@link VcfInput#recordContigs()}: the index's
 * contig list when there is an index, else a pre-scan of the CHROM column (one decompression pass, no record
 * parsing). Only contigs with records count; header {@code ##contig} lines are used to complete the rename map
 * in the suggested fix. Stateless and thread-safe.
 *
 * <p>This is the VCF side of the rule {@link ReferenceContigs} states for every input. Errors, in order: a VCF with
 * records on contigs missing from the reference, where adding or removing a {@code chr} prefix (or
 * {@code chrM}/{@code MT}) would match -> rename error with the exact bcftools command; other contigs missing from
 * the reference, except those a build may lack ({@link ReferenceContigs#mayBeAbsent}) -> error listing them; truth
 * and query both with records but on no common contig (left-out contigs aside) -> error. Errors name the line of the
 * first record concerned when the side can tally its records ({@link Side#tally()}). Records on contigs a build may
 * lack are not an error: {@link Result} lists them, with their counts and a warning, to be left out.
 */
public final class ContigNaming {
  private static final int MAX_LISTED = 5;
  private static final int MAP_LINES_SHOWN = 3;

  private ContigNaming() {
  }

  /**
   * The contigs of one VCF.
   *
   * @param role "truth" or "query"
   * @param vcf the file, for messages
   * @param recordContigs contigs that have at least one record
   * @param headerContigs contigs of the header's {@code ##contig} lines (may be empty)
   * @param tally first line and record count of the given contigs (called only when some contig is missing from
   *     the reference; may scan the file), or null when messages cannot name lines or counts
   */
  public record Side(String role, Path vcf, Collection<String> recordContigs, Collection<String> headerContigs,
      Function<Set<String>, Map<String, Tally>> tally) {
    public Side {
      recordContigs = List.copyOf(new LinkedHashSet<>(recordContigs));
      headerContigs = List.copyOf(new LinkedHashSet<>(headerContigs));
    }

    /** A side whose messages cannot name lines or counts. */
    public Side(String role, Path vcf, Collection<String> recordContigs, Collection<String> headerContigs) {
      this(role, vcf, recordContigs, headerContigs, null);
    }

    /**
     * The side of an open VCF: its contigs with records ({@code recordContigs}, as {@link VcfInput#recordContigs}
     * gave them), header contigs, and its tallies for messages.
     */
    public static Side of(VcfInput vcf, List<String> recordContigs) {
      return new Side(vcf.role(), vcf.path(), recordContigs, vcf.headerContigs(), vcf::tally);
    }

    private Map<String, Tally> tallies(Set<String> contigs) {
      return tally == null ? Map.of() : tally.apply(contigs);
    }
  }

  /**
   * Where a contig's records start in a VCF, and how many there are.
   *
   * @param firstLine 1-based line of its first record, or -1 when unknown
   * @param records its number of records
   */
  public record Tally(long firstLine, long records) {
  }

  /**
   * What the check let through: records on contigs the reference may lack ({@link ReferenceContigs#mayBeAbsent}),
   * which are left out of the comparison, with a warning per side.
   *
   * @param leftOut per role ("truth", "query"): such contigs to their record count (-1 when not known)
   * @param warnings one line per side that has such records
   */
  public record Result(Map<String, Map<String, Long>> leftOut, List<String> warnings) {
    public Result {
      leftOut = Map.copyOf(leftOut);
      warnings = List.copyOf(warnings);
    }

    /** The contigs a side's records are compared on: {@code contigs} without those left out. */
    public List<String> compared(String role, Collection<String> contigs) {
      final Map<String, Long> out = leftOut.getOrDefault(role, Map.of());
      if (out.isEmpty()) {
        return List.copyOf(contigs);
      }
      final List<String> kept = new ArrayList<>();
      for (String c : contigs) {
        if (!out.containsKey(c)) {
          kept.add(c);
        }
      }
      return kept;
    }

    /** Every contig left out on either side. */
    public Set<String> leftOutContigs() {
      final Set<String> all = new HashSet<>();
      leftOut.values().forEach(m -> all.addAll(m.keySet()));
      return all;
    }
  }

  /**
   * Convenience: {@link #check(Side, Side, Path, Collection)} with the contigs of open inputs (may pre-scan the
   * VCFs, see the class comment).
   */
  public static Result check(VcfInput truth, VcfInput query, FastaReference reference) {
    return check(Side.of(truth, truth.recordContigs()), Side.of(query, query.recordContigs()), reference.path(),
        reference.contigLengths().keySet());
  }

  /** As {@link #check(Side, Side, Path, Collection)} without header contigs. */
  public static Result check(Path truth, Collection<String> truthContigs, Path query, Collection<String> queryContigs,
      Path fasta, Set<String> referenceContigs) {
    return check(new Side("truth", truth, truthContigs, List.of()), new Side("query", query, queryContigs,
        List.of()), fasta, referenceContigs);
  }

  /**
   * Checks both sides against the reference and each other. Records on contigs the reference may lack
   * ({@link ReferenceContigs#mayBeAbsent}) are not an error: they are returned, with a warning, to be left out.
   *
   * @throws InputException on chr-prefix mismatches (with the rename command), contigs missing from the
   *     reference, or no shared contig at all; naming the line of the first record concerned when the side can
   *     tally its records
   */
  public static Result check(Side truth, Side query, Path fasta, Collection<String> referenceContigs) {
    final Set<String> ref = new HashSet<>(referenceContigs);
    final Map<String, Map<String, Long>> leftOut = new HashMap<>();
    final List<String> warnings = new ArrayList<>();
    for (Side side : List.of(truth, query)) {
      final Map<String, Long> out = checkSide(side, side == truth ? query : truth, fasta, ref);
      if (!out.isEmpty()) {
        leftOut.put(side.role(), out);
        warnings.add(new ReferenceContigs(fasta, ref).leftOutWarning(side.vcf(), "the " + side.role() + " VCF",
            "record", out));
      }
    }
    final Result result = new Result(leftOut, warnings);
    final List<String> truthContigs = result.compared(truth.role(), truth.recordContigs());
    final List<String> queryContigs = result.compared(query.role(), query.recordContigs());
    if (!truthContigs.isEmpty() && !queryContigs.isEmpty()) {
      final Set<String> shared = new HashSet<>(truthContigs);
      shared.retainAll(queryContigs);
      if (shared.isEmpty()) {
        throw new InputException(query.vcf(), -1, "the query and the truth '" + truth.vcf()
            + "' have records on no common contig (query: " + list(queryContigs) + "; truth: "
            + list(truthContigs) + ")", "compare calls and truth of the same sample, build and region");
      }
    }
    return result;
  }

  /** @return contigs the reference may lack to their record counts (-1 when the side cannot tally) */
  private static Map<String, Long> checkSide(Side side, Side other, Path fasta, Set<String> ref) {
    final List<String> missing = new ArrayList<>();
    final List<String> mayBeAbsent = new ArrayList<>();
    for (String c : side.recordContigs()) {
      if (!ref.contains(c)) {
        (rename(c, ref) == null && ReferenceContigs.mayBeAbsent(c) ? mayBeAbsent : missing).add(c);
      }
    }
    if (missing.isEmpty()) {
      final Map<String, Long> out = new LinkedHashMap<>();
      if (!mayBeAbsent.isEmpty()) {
        final Map<String, Tally> tallies = side.tallies(new HashSet<>(mayBeAbsent));
        for (String c : mayBeAbsent) {
          final Tally t = tallies.get(c);
          out.put(c, t == null ? -1L : t.records());
        }
      }
      return out;
    }
    final Map<String, Tally> tallies = side.tallies(new HashSet<>(missing));
    final Map<String, String> renames = new LinkedHashMap<>();
    for (String c : missing) {
      final String to = rename(c, ref);
      if (to != null) {
        renames.put(c, to);
      }
    }
    final String otherNote = otherNote(side, other, ref);
    if (!renames.isEmpty()) {
      // Complete the map with header contigs so the renamed file is consistent throughout.
      final Map<String, String> map = new LinkedHashMap<>(renames);
      for (String c : side.headerContigs()) {
        if (!ref.contains(c) && !map.containsKey(c)) {
          final String to = rename(c, ref);
          if (to != null) {
            map.put(c, to);
          }
        }
      }
      final String first = firstByLine(renames.keySet(), tallies);
      throw new InputException(side.vcf(), lineOf(first, tallies), "the " + side.role() + " VCF names contigs "
          + "differently from the reference '" + fasta + "': it uses '" + first + "' where the reference has '"
          + renames.get(first) + "' (" + renames.size()
          + (renames.size() == 1 ? " contig with records differs" : " contigs with records differ") + " only by"
          + " a 'chr' prefix" + (missing.size() > renames.size() ? ", " + (missing.size() - renames.size())
          + " more not in the reference at all: " + list(without(missing, renames.keySet())) : "") + ")"
          + otherNote, renameFix(side.vcf(), map));
    }
    final String first = firstByLine(missing, tallies);
    throw new InputException(side.vcf(), lineOf(first, tallies), "the " + side.role() + " VCF has records on "
        + missing.size() + " contig" + (missing.size() == 1 ? "" : "s") + " not in the reference '" + fasta + "': "
        + list(missing) + otherNote, "use the reference the VCF was called on, or drop those records: bcftools "
        + "view -t ^" + String.join(",", missing.subList(0, Math.min(missing.size(), MAX_LISTED)))
        + (missing.size() > MAX_LISTED ? ",..." : "") + " " + side.vcf() + " -Oz -o subset.vcf.gz");
  }

  /** The contig whose first record comes first (the first listed when lines are unknown). */
  private static String firstByLine(Collection<String> contigs, Map<String, Tally> tallies) {
    String best = null;
    long bestLine = Long.MAX_VALUE;
    for (String c : contigs) {
      final Tally t = tallies.get(c);
      final long line = t == null || t.firstLine() < 0 ? Long.MAX_VALUE - 1 : t.firstLine();
      if (best == null || line < bestLine) {
        best = c;
        bestLine = line;
      }
    }
    return best;
  }

  private static long lineOf(String contig, Map<String, Tally> tallies) {
    final Tally t = tallies.get(contig);
    return t == null ? -1 : t.firstLine();
  }

  /** The reference's name for {@code contig} after adding/removing {@code chr} (and chrM/MT), or null. */
  static String rename(String contig, Set<String> ref) {
    final List<String> candidates = new ArrayList<>(2);
    if (contig.startsWith("chr")) {
      final String bare = contig.substring(3);
      candidates.add(bare);
      if ("M".equals(bare)) {
        candidates.add("MT");
      }
    } else {
      candidates.add("chr" + contig);
      if ("MT".equals(contig)) {
        candidates.add("chrM");
      }
    }
    for (String c : candidates) {
      if (ref.contains(c)) {
        return c;
      }
    }
    return null;
  }

  private static String otherNote(Side side, Side other, Set<String> ref) {
    if (other.recordContigs().isEmpty()) {
      return "";
    }
    for (String c : other.recordContigs()) {
      if (!ref.contains(c)) {
        return "; the " + other.role() + " '" + other.vcf() + "' has the same problem";
      }
    }
    return "; the " + other.role() + " '" + other.vcf() + "' matches the reference";
  }

  private static String renameFix(Path vcf, Map<String, String> map) {
    final StringBuilder lines = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (shown++ == MAP_LINES_SHOWN) {
        break;
      }
      lines.append(e.getKey()).append(' ').append(e.getValue()).append("\\n");
    }
    final String more = map.size() > MAP_LINES_SHOWN
        ? " (map.txt needs one 'old new' line per contig, " + map.size() + " in all; only the first "
        + MAP_LINES_SHOWN + " are shown)" : "";
    return "rename the contigs: printf '" + lines + "' > map.txt && bcftools annotate --rename-chrs map.txt " + vcf
        + " -Oz -o renamed.vcf.gz && tabix -p vcf renamed.vcf.gz" + more;
  }

  private static List<String> without(List<String> all, Set<String> drop) {
    final List<String> out = new ArrayList<>();
    for (String s : all) {
      if (!drop.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String list(Collection<String> names) {
    final StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String n : names) {
      if (i == MAX_LISTED) {
        sb.append(", ... (").append(names.size() - MAX_LISTED).append(" more)");
        break;
      }
      if (i++ > 0) {
        sb.append(", ");
      }
      sb.append('\'').append(n).append('\'');
    }
    return sb.toString();
  }
}
