package dk.harness.report;

import java.util.Locale;

/**
 * Why a record of the truth or the query took no part in the comparison although it is not simply a non-variant
 * (hom-ref, no-call, {@code *} only). Each such record has exactly one kind; the order below is the order of the
 * checks. The names are the keys of metrics.json's {@code not_assessed} block. Every rule follows what RTG vcfeval
 * does with the same record, so the counts stay vcfeval's; this accounting only makes the records visible.
 */
public enum NotAssessedKind {
  /**
   * The genotype calls only symbolic structural alleles ({@code <DEL>}, {@code <INS>}, {@code <DUP>},
   * {@code <INV>}, {@code <CNV>}, any other {@code <ID>}): their sequence is unknown, so nothing can be replayed
   * (vcfeval skips such records too).
   */
  SYMBOLIC,
  /** The genotype calls only breakend alleles ({@code G]17:198982]}, {@code .A}). */
  BREAKEND,
  /**
   * The genotype calls only a gVCF placeholder ({@code <NON_REF>}, {@code <*>}, {@code <X>}): "some allele other
   * than REF", which is no sequence. (A placeholder next to a real ALT leaves the real allele compared as usual.)
   */
  NON_REF_PLACEHOLDER,
  /** Ploidy above two (vcfeval skips it: "Ploidy of GT value is unexpected"). */
  PLOIDY_ABOVE_TWO,
  /** A REF or ALT longer than the engine's allele-length bound (vcfeval: "exceeding maximum allele length"). */
  ALLELE_TOO_LONG,
  /** REF runs past the end of the reference contig. */
  PAST_CONTIG_END,
  /** In a region the haplotype search could not resolve within its bounds (also listed in {@code too_complex}). */
  TOO_COMPLEX_REGION,
  /**
   * A record without GT in a file that has GT elsewhere (gVCF reference blocks), skipped while reading, as vcfeval
   * skips it. Counted from the reader, so without a position: confident/outside are unknown.
   */
  NO_GENOTYPE;

  /**
   * The kind of a record whose genotype calls this non-replayable ALT: a gVCF placeholder, a breakend or another
   * symbolic allele; null for the spanning deletion {@code *} (an ordinary non-variant) and for sequence alleles.
   */
  public static NotAssessedKind ofAlt(String alt) {
    if (alt.isEmpty() || "*".equals(alt)) {
      return null;
    }
    if ("<NON_REF>".equals(alt) || "<*>".equals(alt) || "<X>".equals(alt)) {
      return NON_REF_PLACEHOLDER;
    }
    if (alt.charAt(0) == '<') {
      return SYMBOLIC;
    }
    if (alt.indexOf('[') >= 0 || alt.indexOf(']') >= 0
        || alt.length() > 1 && (alt.charAt(0) == '.' || alt.charAt(alt.length() - 1) == '.')) {
      return BREAKEND;
    }
    return null;
  }

  /** The key in metrics.json, e.g. {@code allele_too_long}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the reader, not the comparison, accounts for these records (no position, not in the outcomes). */
  public boolean countedByReader() {
    return this == NO_GENOTYPE;
  }
}
