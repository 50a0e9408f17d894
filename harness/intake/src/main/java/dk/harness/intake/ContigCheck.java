package dk.harness.intake;

import dk.harness.io.ReferenceContigs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contig names and lengths of a submitted VCF against the reference and the truth: which contigs need renaming
 * (and the exact map), which are not in the reference at all, which lengths disagree, and whether the VCF and
 * the truth share contigs. Immutable once built.
 */
final class ContigCheck {
  private static final int LISTED = 8;

  private final Path vcf;
  private final Map<String, Long> headerLengths;
  private final Path fasta;
  private final Map<String, Integer> refLengths;

  /**
   * @param headerLengths the VCF's {@code ##contig} lengths (-1 for a contig without length)
   * @param refLengths the reference's contig lengths (.fai), in order
   */
  ContigCheck(Path vcf, Map<String, Long> headerLengths, Path fasta, Map<String, Integer> refLengths) {
    this.vcf = vcf;
    this.headerLengths = headerLengths;
    this.fasta = fasta;
    this.refLengths = refLengths;
  }

  /**
   * The reference contig a VCF contig corresponds to: itself when the reference has it, else the name with the
   * {@code chr} prefix added or removed ({@code chrM}/{@code MT} too) when the reference has that and the VCF
   * header does not declare a different length; null otherwise.
   */
  String referenceName(String contig) {
    if (refLengths.containsKey(contig)) {
      return contig;
    }
    final String cand = renameCandidate(contig);
    if (cand == null) {
      return null;
    }
    final Long declared = headerLengths.get(contig);
    if (declared != null && declared > 0 && declared.longValue() != refLengths.get(cand)) {
      return null;
    }
    return cand;
  }

  /** The reference's name for a contig after adding/removing {@code chr} (and chrM/MT), if it has one. */
  private String renameCandidate(String contig) {
    final List<String> cands = new ArrayList<>(2);
    if (contig.startsWith("chr")) {
      final String bare = contig.substring(3);
      cands.add(bare);
      if ("M".equals(bare)) {
        cands.add("MT");
      }
    } else {
      cands.add("chr" + contig);
      if ("MT".equals(contig)) {
        cands.add("chrM");
      }
    }
    for (String c : cands) {
      if (refLengths.containsKey(c)) {
        return c;
      }
    }
    return null;
  }

  /** Findings about the contigs that have records: renames, contigs missing from the reference, lengths. */
  void checkAgainstReference(Map<String, Long> recordContigs, FindingCollector out) {
    final Map<String, String> renames = new LinkedHashMap<>();
    final Map<String, Long> missing = new LinkedHashMap<>();
    final Map<String, Long> leftOut = new LinkedHashMap<>();
    final List<String> prefixButLength = new ArrayList<>();
    long renamedRecords = 0;
    for (Map.Entry<String, Long> e : recordContigs.entrySet()) {
      final String c = e.getKey();
      final String to = referenceName(c);
      if (to == null && renameCandidate(c) == null && ReferenceContigs.mayBeAbsent(c)) {
        leftOut.put(c, e.getValue());
      } else if (to == null) {
        missing.put(c, e.getValue());
        if (renameCandidate(c) != null) {
          prefixButLength.add(c);
        }
      } else if (!to.equals(c)) {
        renames.put(c, to);
        renamedRecords += e.getValue();
      } else {
        final Long declared = headerLengths.get(c);
        final ContigLengths.Mismatch m = ContigLengths.check(c, declared == null ? -1 : declared, refLengths.get(c));
        if (m != null) {
          // Intake is the strict gate: even an ambiguous difference (a sliced reference) is an error here.
          out.add(Severity.ERROR, "CONTIG_LENGTH", vcf, -1, m.problem(fasta), m.otherBuild() ? m.otherBuildFix()
              : "the VCF was made on a different build or assembly; use the reference it was called on, or re-call "
                  + "on the agreed reference");
        }
      }
    }
    if (!renames.isEmpty()) {
      out.add(Severity.ERROR, "CONTIG_RENAME", vcf, -1, "contig names differ from the reference '" + fasta
          + "' only by the 'chr' prefix: " + arrows(renames) + " (" + renamedRecords + " record"
          + (renamedRecords == 1 ? "" : "s") + " on " + renames.size() + " contig" + (renames.size() == 1 ? "" : "s")
          + ")", renameFix(fullMap(renames)));
    }
    if (!leftOut.isEmpty()) {
      out.add(Severity.WARNING, "CONTIGS_LEFT_OUT", vcf, -1, new ReferenceContigs(fasta, refLengths.keySet())
          .leftOut("the VCF", "record", leftOut),
          "nothing, if those records do not matter to the benchmark; else use the reference the VCF was called on");
    }
    if (!missing.isEmpty()) {
      final StringBuilder sb = new StringBuilder();
      int i = 0;
      long total = 0;
      for (Map.Entry<String, Long> e : missing.entrySet()) {
        total += e.getValue();
        if (i++ < LISTED) {
          sb.append(i > 1 ? ", " : "").append('\'').append(e.getKey()).append("' (").append(e.getValue())
              .append(')');
        }
      }
      if (missing.size() > LISTED) {
        sb.append(", ... (").append(missing.size() - LISTED).append(" more)");
      }
      final String note = prefixButLength.isEmpty() ? "" : "; '" + prefixButLength.get(0) + "' differs from a "
          + "reference contig only by the 'chr' prefix, but its declared length " + Builds.bp(headerLengths.get(
          prefixButLength.get(0))) + " is not the reference's " + Builds.bp(refLengths.get(renameCandidate(
          prefixButLength.get(0)))) + ", so renaming would not help (another build)";
      out.add(Severity.ERROR, "CONTIG_NOT_IN_REFERENCE", vcf, -1, total + " record" + (total == 1 ? "" : "s")
          + " on " + missing.size() + " contig" + (missing.size() == 1 ? "" : "s") + " not in the reference '" + fasta
          + "': " + sb + note, "use the reference the VCF was called on, or drop those records: bcftools view -t ^"
          + String.join(",", first(missing.keySet(), LISTED)) + (missing.size() > LISTED ? ",..." : "") + " " + vcf
          + " -Oz -o subset.vcf.gz");
    }
  }

  /**
   * Findings about the truth: no shared contig (ERROR), truth contigs without any submitted record (WARNING:
   * every truth variant there counts as FN), submitted contigs the truth has no record on (INFO).
   *
   * @param recordContigs the VCF's contigs with records
   * @param truth the truth VCF
   * @param truthContigs contigs with truth records
   */
  void checkAgainstTruth(Map<String, Long> recordContigs, Path truth, Collection<String> truthContigs,
      FindingCollector out) {
    if (recordContigs.isEmpty() || truthContigs.isEmpty()) {
      return;
    }
    final Set<String> mapped = new LinkedHashSet<>();
    for (String c : recordContigs.keySet()) {
      final String to = referenceName(c);
      mapped.add(to == null ? c : to);
    }
    final Set<String> truthSet = new LinkedHashSet<>(truthContigs);
    final List<String> shared = new ArrayList<>();
    final List<String> onlyQuery = new ArrayList<>();
    for (String c : mapped) {
      (truthSet.contains(c) ? shared : onlyQuery).add(c);
    }
    if (shared.isEmpty()) {
      out.add(Severity.ERROR, "NO_SHARED_CONTIG", vcf, -1, "the VCF and the truth '" + truth + "' have records on no "
          + "common contig (VCF: " + list(mapped) + "; truth: " + list(truthSet) + ")",
          "submit calls of the truth set's sample on the same build and regions");
      return;
    }
    final List<String> onlyTruth = new ArrayList<>();
    for (String c : truthSet) {
      if (!mapped.contains(c)) {
        onlyTruth.add(c);
      }
    }
    if (!onlyTruth.isEmpty()) {
      out.add(Severity.WARNING, "TRUTH_CONTIGS_UNCOVERED", vcf, -1, "the truth has records on " + onlyTruth.size()
          + " contig" + (onlyTruth.size() == 1 ? "" : "s") + " where the VCF has none: " + list(onlyTruth)
          + "; every truth variant there will count as a false negative", "submit calls for the whole genome, or "
          + "restrict the comparison to the regions called");
    }
    if (!onlyQuery.isEmpty()) {
      out.add(Severity.INFO, "CONTIGS_NOT_IN_TRUTH", vcf, -1, "the VCF has records on " + onlyQuery.size()
          + " contig" + (onlyQuery.size() == 1 ? "" : "s") + " the truth has none on: " + list(onlyQuery)
          + "; they are outside the truth's confident regions and count as UNK", null);
    }
  }

  /** The rename map extended with every header contig that also differs only by the prefix. */
  private Map<String, String> fullMap(Map<String, String> renames) {
    final Map<String, String> map = new LinkedHashMap<>();
    for (String c : headerLengths.keySet()) {
      final String to = referenceName(c);
      if (to != null && !to.equals(c)) {
        map.put(c, to);
      }
    }
    map.putAll(renames);
    return map;
  }

  private String renameFix(Map<String, String> map) {
    final StringBuilder lines = new StringBuilder();
    for (Map.Entry<String, String> e : map.entrySet()) {
      lines.append(e.getKey()).append(' ').append(e.getValue()).append("\\n");
    }
    return "rename the contigs (" + map.size() + " in the map): printf '" + lines + "' > rename.txt && bcftools "
        + "annotate --rename-chrs rename.txt " + vcf + " -Oz -o renamed.vcf.gz && tabix -p vcf renamed.vcf.gz";
  }

  private static String arrows(Map<String, String> m) {
    final StringBuilder sb = new StringBuilder();
    int i = 0;
    for (Map.Entry<String, String> e : m.entrySet()) {
      if (i == LISTED) {
        sb.append(", ... (").append(m.size() - LISTED).append(" more)");
        break;
      }
      sb.append(i++ > 0 ? ", " : "").append(e.getKey()).append(" -> ").append(e.getValue());
    }
    return sb.toString();
  }

  private static List<String> first(Collection<String> c, int n) {
    final List<String> out = new ArrayList<>();
    for (String s : c) {
      if (out.size() == n) {
        break;
      }
      out.add(s);
    }
    return out;
  }

  private static String list(Collection<String> names) {
    final List<String> shown = first(names, LISTED);
    final StringBuilder sb = new StringBuilder();
    for (String s : shown) {
      sb.append(sb.length() > 0 ? ", " : "").append('\'').append(s).append('\'');
    }
    if (names.size() > LISTED) {
      sb.append(", ... (").append(names.size() - LISTED).append(" more)");
    }
    return sb.toString();
  }
}
