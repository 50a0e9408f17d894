package dk.harness.core.match;

import dk.harness.core.Variant;

/**
 * A record prepared for replay: the padding base removed (when every called ALT shares it with REF), each
 * allele index of the genotype mapped to a {@link ReplayAllele} ({@code null} for a missing call or an allele
 * that cannot be replayed, which then plays nothing), and a diploid genotype (a haploid call counts as
 * homozygous, as vcfeval does in diploid mode). Immutable.
 */
final class ReplayVariant {
  /** Index of the source record in the caller's list (decisions are reported against it). */
  final int source;
  /** Position of this variant in its side's sorted list within the group; set by the group. */
  final int start;
  final int end;
  final int[] genotype;
  final boolean phased;
  /** Indexed by allele index; REF is always present, ALTs only when called. */
  private final ReplayAllele[] alleles;

  private ReplayVariant(int source, int start, int end, int[] genotype, boolean phased, ReplayAllele[] alleles) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.genotype = genotype;
    this.phased = phased;
    this.alleles = alleles;
  }

  /** The allele for index {@code a} ({@code -1} = missing), or {@code null} when there is nothing to replay. */
  ReplayAllele allele(int a) {
    return a < 0 ? null : alleles[a];
  }

  /**
   * @param source index of {@code v} in the caller's list
   * @param v a record that {@link Variant#isVariant() is a variant}
   */
  static ReplayVariant of(int source, Variant v) {
    final int pad = v.hasPaddingBase() ? 1 : 0;
    final int start = v.start() + pad;
    final int end = v.end();
    final int[] gt = v.ploidy() == 1 ? new int[] {v.genotype(0), v.genotype(0)} : v.genotype();
    final ReplayAllele[] alleles = new ReplayAllele[v.alleleCount()];
    for (int i = 0; i < alleles.length; i++) {
      final byte[] bases = v.allele(i);
      if (bases != null && (i == 0 || called(gt, i))) {
        alleles[i] = new ReplayAllele(start, end, Bases.codes(bases, Math.min(pad, bases.length), bases.length));
      }
    }
    return new ReplayVariant(source, start, end, gt, v.phased(), alleles);
  }

  /** Largest change in length any called allele makes to its span. */
  int lengthChange() {
    int change = 0;
    for (int g : genotype) {
      final ReplayAllele a = allele(g);
      if (a != null) {
        change = Math.max(change, Math.abs((a.end - a.start) - a.length()));
      }
    }
    return change;
  }

  /** REF bases (codes), or {@code null} once trimmed away. */
  byte[] refBases() {
    return alleles[0] == null ? null : alleles[0].bases;
  }

  /**
   * This call with every ALT stripped of the bases it shares with REF (leading first, or trailing first) and the
   * REF allele dropped, so that the reference side of a heterozygous call plays nothing; the span shrinks to the
   * remaining alleles. vcfeval's {@code --ref-overlap} representation.
   */
  ReplayVariant trimmed(boolean leftFirst) {
    final byte[] ref = alleles[0].bases;
    final ReplayAllele[] out = new ReplayAllele[alleles.length];
    int s = Integer.MAX_VALUE;
    int e = Integer.MIN_VALUE;
    for (int i = 1; i < alleles.length; i++) {
      final ReplayAllele a = alleles[i];
      if (a == null) {
        continue;
      }
      final int lead;
      final int trail;
      if (leftFirst) {
        lead = SharedBases.prefix(0, ref, a.bases);
        trail = SharedBases.suffix(lead, ref, a.bases);
      } else {
        trail = SharedBases.suffix(0, ref, a.bases);
        lead = SharedBases.prefix(trail, ref, a.bases);
      }
      out[i] = lead == 0 && trail == 0 ? a
          : new ReplayAllele(a.start + lead, a.end - trail, java.util.Arrays.copyOfRange(a.bases, lead, a.bases.length - trail));
      s = Math.min(s, out[i].start);
      e = Math.max(e, out[i].end);
    }
    return new ReplayVariant(source, s, e, genotype, phased, out);
  }

  /** ALTs present (called and replayable), for trimming decisions. */
  ReplayAllele alt(int i) {
    return i >= 1 && i < alleles.length ? alleles[i] : null;
  }

  int alleleSlots() {
    return alleles.length;
  }

  private static boolean called(int[] gt, int a) {
    for (int g : gt) {
      if (g == a) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return (start + 1) + "-" + end + " gt=" + java.util.Arrays.toString(genotype);
  }
}
