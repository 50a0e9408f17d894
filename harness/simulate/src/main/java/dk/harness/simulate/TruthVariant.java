package dk.harness.simulate;

import java.util.List;

/**
 * One simulated truth variant, with what the units need to call it differently.
 *
 * @param allelic the record as written to the truth VCF (left-normalized, parsimonious)
 * @param genotype its genotype
 * @param kind variant class
 * @param context sequence context it was placed in
 * @param rightShifted the same haplotypes with indels shifted as far right as possible, or null when that is the
 *     same record (SNVs, MNPs, complex, unshiftable indels)
 * @param parts the record decomposed into non-overlapping simple records (SNPs of an MNP, SNP + indel of a
 *     complex allele); empty when already simple
 * @param homopolymer for an indel in a homopolymer: {start, end} of the run (contig coordinates); else null
 * @param indelLength inserted minus deleted bases (negative for deletions), 0 for substitutions
 * @param footprintStart start of the interval reserved for this variant (all its representations plus padding)
 * @param footprintEnd end (exclusive) of that interval
 */
record TruthVariant(Allelic allelic, Genotype genotype, Kind kind, Context context, Allelic rightShifted,
    List<Allelic> parts, int[] homopolymer, int indelLength, int footprintStart, int footprintEnd) {
  TruthVariant {
    parts = List.copyOf(parts);
  }

  /** Variant classes. */
  enum Kind {
    SNV, MNP, INSERTION, DELETION, COMPLEX;

    /** Counted as INDEL by hap.py-style reports (length-changing). */
    boolean indel() {
      return this == INSERTION || this == DELETION || this == COMPLEX;
    }
  }

  /** Where the variant was placed. */
  enum Context {
    HOMOPOLYMER, TANDEM_REPEAT, NONE
  }

  int pos() {
    return allelic.pos();
  }

  /** Longest length change of the variant in bases (0 for substitutions). */
  int absIndelLength() {
    return Math.abs(indelLength);
  }
}
