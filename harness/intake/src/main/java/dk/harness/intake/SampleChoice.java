package dk.harness.intake;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Chooses the sample column of a submitted VCF and checks that it is present, unambiguous and plausible. */
final class SampleChoice {
  /** GIAB sample ids and their Coriell names (the two spellings found in VCF sample columns). */
  private static final Map<String, String> GIAB_ALIASES = Map.of(
      "HG001", "NA12878", "HG002", "NA24385", "HG003", "NA24149", "HG004", "NA24143",
      "HG005", "NA24631", "HG006", "NA24694", "HG007", "NA24695");

  private SampleChoice() {
  }

  /**
   * Chooses the sample column: the column named {@code requested} exactly; else the one column whose name
   * mentions the requested (or, when none was requested, the truth set's) GIAB sample or its Coriell name, e.g.
   * {@code HG002_HG002} or {@code NA24385} for HG002; else the only column. Several candidates are ambiguous.
   *
   * @param requested the submission's sample: a column name or a GIAB id such as HG002; null when not given
   * @param expected the truth set's sample (e.g. HG002), or null
   * @return the chosen column index, or -1 when none can be chosen (an ERROR was added)
   */
  static int choose(Path vcf, long chromLine, List<String> samples, String requested, String expected,
      FindingCollector out) {
    final Set<String> seen = new HashSet<>();
    for (String s : samples) {
      if (!seen.add(s)) {
        out.add(Severity.ERROR, "SAMPLE_DUPLICATE", vcf, chromLine, "sample name '" + s + "' appears twice in the "
            + "#CHROM line", "give every sample column a unique name (bcftools reheader -s)");
        return -1;
      }
    }
    if (requested != null && expected != null && isGiabId(requested) && !plausible(requested, expected)) {
      out.add(Severity.ERROR, "SAMPLE_TRUTH_MISMATCH", vcf, -1, "the submission is for sample " + requested
          + " but the truth set is of " + expected + describeAlias(expected), "submit against the truth set of "
          + requested + ", or correct the submission's sample");
    }
    if (samples.isEmpty()) {
      out.add(Severity.ERROR, "NO_SAMPLE", vcf, chromLine, "the VCF has no sample column (sites-only)",
          "submit a VCF with FORMAT/GT for the sample");
      return -1;
    }
    final String wanted = requested != null ? requested : expected;
    int idx = requested == null ? -1 : samples.indexOf(requested);
    if (idx < 0 && wanted != null) {
      final List<String> candidates = samples.stream().filter(c -> plausible(c, wanted)).toList();
      if (candidates.size() == 1) {
        idx = samples.indexOf(candidates.get(0));
      } else if (candidates.size() > 1) {
        out.add(Severity.ERROR, "SAMPLE_AMBIGUOUS", vcf, chromLine, "columns " + String.join(", ", candidates)
            + " all look like sample " + wanted, "name the exact column (--sample NAME, or 'sample:' in the "
            + "submission)");
        return -1;
      }
    }
    if (idx < 0 && requested != null) {
      out.add(Severity.ERROR, "SAMPLE_MISSING", vcf, chromLine, "sample '" + requested + "' is not in the VCF"
          + describeAlias(requested) + "; its samples: " + String.join(", ", samples), "set the submission's sample "
          + "to one of: " + String.join(", ", samples));
      return -1;
    }
    if (idx < 0 && samples.size() > 1) {
      out.add(Severity.ERROR, "SAMPLE_AMBIGUOUS", vcf, chromLine, "the VCF has " + samples.size() + " samples ("
          + String.join(", ", samples) + ") and the submission does not say which to compare",
          "name the sample column (--sample NAME, or 'sample:' in the submission), or submit a single-sample VCF: "
              + "bcftools view -s NAME " + vcf + " -Oz -o single.vcf.gz");
      return -1;
    }
    if (idx < 0) {
      idx = 0;
    }
    final String name = samples.get(idx);
    if (expected != null && !plausible(name, expected)) {
      out.add(Severity.WARNING, "SAMPLE_NAME", vcf, chromLine, "sample column '" + name + "' does not look like "
          + expected + describeAlias(expected) + ", the truth set's sample", "check that the calls are of "
          + expected + "; the comparison goes on with column '" + name + "'");
    }
    if (samples.size() > 1) {
      out.add(Severity.INFO, "SAMPLE_CHOSEN", vcf, chromLine, "comparing sample column '" + name + "' of "
          + samples.size() + " (" + String.join(", ", samples) + ")", null);
    }
    return idx;
  }

  /** Whether a name is a GIAB id (HG001-HG007) or one of their Coriell names. */
  static boolean isGiabId(String name) {
    final String n = name.toUpperCase(Locale.ROOT);
    return GIAB_ALIASES.containsKey(n) || GIAB_ALIASES.containsValue(n);
  }

  /** Whether a column name mentions the expected GIAB sample or its Coriell alias (case-insensitive). */
  static boolean plausible(String column, String expected) {
    final String c = column.toUpperCase(Locale.ROOT);
    final String e = expected.toUpperCase(Locale.ROOT);
    if (c.contains(e)) {
      return true;
    }
    for (Map.Entry<String, String> a : GIAB_ALIASES.entrySet()) {
      if ((a.getKey().equals(e) && c.contains(a.getValue())) || (a.getValue().equals(e) && c.contains(a.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /** " (NA24385)" for HG002 and " (HG002)" for NA24385; empty for other names. */
  private static String describeAlias(String sample) {
    final String e = sample.toUpperCase(Locale.ROOT);
    for (Map.Entry<String, String> a : GIAB_ALIASES.entrySet()) {
      if (a.getKey().equals(e)) {
        return " (" + a.getValue() + ")";
      }
      if (a.getValue().equals(e)) {
        return " (" + a.getKey() + ")";
      }
    }
    return "";
  }
}
