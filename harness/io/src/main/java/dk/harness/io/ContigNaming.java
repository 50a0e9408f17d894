package dk.harness.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * <p>Errors, in order: a VCF with records on contigs missing from the reference, where adding or removing a
 * {@code chr} prefix (or {@code chrM}/{@code MT}) would match -> rename error with the exact bcftools command;
 * other contigs missing from the reference -> error listing them; truth and query both with records but on no
 * common contig -> error.
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
   */
  public record Side(String role, Path vcf, Collection<String> recordContigs, Collection<String> headerContigs) {
    public Side {
      recordContigs = List.copyOf(new LinkedHashSet<>(recordContigs));
      headerContigs = List.copyOf(new LinkedHashSet<>(headerContigs));
    }
  }

  /**
   * Convenience: {@link #check(Side, Side, Path, Collection)} with the contigs of open inputs (may pre-scan the
   * VCFs, see the class comment).
   */
  public static void check(VcfInput truth, VcfInput query, FastaReference reference) {
    check(new Side("truth", truth.path(), truth.recordContigs(), truth.headerContigs()),
        new Side("query", query.path(), query.recordContigs(), query.headerContigs()),
        reference.path(), reference.contigLengths().keySet());
  }

  /** As {@link #check(Side, Side, Path, Collection)} without header contigs. */
  public static void check(Path truth, Collection<String> truthContigs, Path query, Collection<String> queryContigs,
      Path fasta, Set<String> referenceContigs) {
    check(new Side("truth", truth, truthContigs, List.of()), new Side("query", query, queryContigs, List.of()),
        fasta, referenceContigs);
  }

  /**
   * Checks both sides against the reference and each other.
   *
   * @throws InputException on chr-prefix mismatches (with the rename command), contigs missing from the
   *     reference, or no shared contig at all
   */
  public static void check(Side truth, Side query, Path fasta, Collection<String> referenceContigs) {
    final Set<String> ref = new HashSet<>(referenceContigs);
    checkSide(truth, query, fasta, ref);
    checkSide(query, truth, fasta, ref);
    if (!truth.recordContigs().isEmpty() && !query.recordContigs().isEmpty()) {
      final Set<String> shared = new HashSet<>(truth.recordContigs());
      shared.retainAll(query.recordContigs());
      if (shared.isEmpty()) {
        throw new InputException(query.vcf(), -1, "the query and the truth '" + truth.vcf()
            + "' have records on no common contig (query: " + list(query.recordContigs()) + "; truth: "
            + list(truth.recordContigs()) + ")", "compare calls and truth of the same sample, build and region");
      }
    }
  }

  private static void checkSide(Side side, Side other, Path fasta, Set<String> ref) {
    final List<String> missing = new ArrayList<>();
    for (String c : side.recordContigs()) {
      if (!ref.contains(c)) {
        missing.add(c);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
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
      final Map.Entry<String, String> first = renames.entrySet().iterator().next();
      throw new InputException(side.vcf(), -1, "the " + side.role() + " VCF names contigs differently from the "
          + "reference '" + fasta + "': it uses '" + first.getKey() + "' where the reference has '" + first.getValue()
          + "' (" + renames.size()
          + (renames.size() == 1 ? " contig with records differs" : " contigs with records differ") + " only by"
          + " a 'chr' prefix" + (missing.size() > renames.size() ? ", " + (missing.size() - renames.size())
          + " more not in the reference at all: " + list(without(missing, renames.keySet())) : "") + ")"
          + otherNote, renameFix(side.vcf(), map));
    }
    throw new InputException(side.vcf(), -1, "the " + side.role() + " VCF has records on " + missing.size()
        + " contig" + (missing.size() == 1 ? "" : "s") + " not in the reference '" + fasta + "': " + list(missing)
        + otherNote, "use the reference the VCF was called on, or drop those records: bcftools view -t ^"
        + String.join(",", missing.subList(0, Math.min(missing.size(), MAX_LISTED)))
        + (missing.size() > MAX_LISTED ? ",..." : "") + " " + side.vcf() + " -Oz -o subset.vcf.gz");
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
