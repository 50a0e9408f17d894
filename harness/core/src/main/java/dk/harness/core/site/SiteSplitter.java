package dk.harness.core.site;

import dk.harness.core.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits records into site alleles: one per ALT, each right-trimmed. Stateless and thread-safe.
 *
 * <p>Rules (docs/site-level.md explains which GATK and Picard behaviour each mirrors):
 * <ul>
 *   <li>Every replayable ALT that differs from REF gives one site allele; symbolic ALTs and {@code *} give none.</li>
 *   <li>The REF/ALT pair is right-trimmed: the last base is dropped from both while both are longer than one base
 *       and their last bases are equal. The start never moves (no left-trimming, no left-shifting).</li>
 *   <li>The genotype is read with respect to this ALT alone: other ALTs count as "not this allele", as
 *       {@code bcftools norm -m-} assigns them (1/2 gives 0/1 for each allele).</li>
 * </ul>
 */
public final class SiteSplitter {
  private SiteSplitter() {
  }

  /** The site alleles of one record, in ALT order. */
  public static List<SiteAllele> split(Variant v) {
    final byte[] ref = v.allele(0);
    final int[] gt = v.genotype();
    final List<SiteAllele> out = new ArrayList<>(v.alleleCount() - 1);
    for (int a = 1; a < v.alleleCount(); a++) {
      final byte[] alt = v.allele(a);
      if (alt == null || alt.length == 0 || Arrays.equals(alt, ref)) {
        continue;
      }
      int r = ref.length;
      int s = alt.length;
      while (r > 1 && s > 1 && ref[r - 1] == alt[s - 1]) {
        r--;
        s--;
      }
      boolean called = false;
      for (int g : gt) {
        called |= g == a;
      }
      // Untrimmed alleles share the record's arrays (SiteAllele never writes to them).
      out.add(new SiteAllele(v.id(), a, v.start(), r == ref.length ? ref : Arrays.copyOf(ref, r),
          s == alt.length ? alt : Arrays.copyOf(alt, s), GenotypeState.of(gt, a), called));
    }
    return out;
  }

  /**
   * The type of a record by the site alleles its genotype calls ({@link SiteType#and}), or {@code null} if it calls
   * none.
   */
  public static SiteType recordType(Variant v) {
    SiteType t = null;
    for (SiteAllele s : split(v)) {
      if (s.called()) {
        t = t == null ? s.type() : t.and(s.type());
      }
    }
    return t;
  }
}
