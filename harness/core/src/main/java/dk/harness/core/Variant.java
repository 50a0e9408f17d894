package dk.harness.core;

import java.util.Arrays;

/**
 * One VCF record of one sample, as the comparison sees it.
 *
 * <p>Coordinates are 0-based half-open on the contig: {@code start} is VCF POS - 1 and {@code end} is
 * {@code start + REF.length}. Alleles are upper-case ASCII bases exactly as in the record, including any
 * padding base; allele 0 is REF. An ALT that cannot be replayed (symbolic such as {@code <DEL>}, or the
 * spanning-deletion {@code *}) is stored as {@code null}.
 *
 * <p>The genotype holds allele indices per haplotype; {@code -1} is a missing call ({@code .}). A haploid
 * genotype has length 1.
 *
 * <p>Immutable and thread-safe; arrays are copied on the way in and never exposed for writing.
 */
public final class Variant {
  private final int id;
  private final int start;
  private final int end;
  private final byte[][] alleles;
  // Haploid and diploid genotypes (nearly all) are held in fields, sparing an array per record; more is used
  // only above two haplotypes.
  private final int ploidy;
  private final int g0;
  private final int g1;
  private final int[] more;
  private final boolean phased;
  private final boolean pass;
  private final double score;
  // Both are asked for on every region test and classification of every record; computed once here.
  private final boolean paddingBase;
  private final boolean variant;

  /**
   * @param id caller-chosen identifier, unique per side and contig; decisions refer back to it
   * @param start 0-based start of REF
   * @param alleles REF then ALTs; {@code null} for an ALT that is not replayable
   * @param genotype allele index per haplotype, {@code -1} for missing
   * @param phased whether the genotype is phased ({@code |})
   * @param pass whether the record passes (FILTER PASS or {@code .}, and sample FT PASS or absent)
   * @param score the ranking score for ROC curves (e.g. QUAL or GQ), {@code NaN} if absent
   */
  public Variant(int id, int start, byte[][] alleles, int[] genotype, boolean phased, boolean pass, double score) {
    this(id, start, alleles, null, genotype, phased, pass, score);
  }

  /**
   * A record whose unreplayable ALTs take part in the padding-base decision as vcfeval's does: an ALT whose VCF
   * text starts with {@code *} (a spanning deletion) is ignored, any other ALT (symbolic {@code <NON_REF>},
   * a breakend) keeps the padding base only if its first character is REF's first base. So {@code A ACC,<NON_REF>}
   * is an allele replacing the {@code A}, not an insertion after it, as in vcfeval; which records overlap, and so
   * which can share a haplotype, follows from that.
   *
   * @param leads for each allele, the first character of its VCF text (only read where {@code alleles[i]} is
   *     null); null when every unreplayable ALT is to be ignored (the other constructor)
   * @see #Variant(int, int, byte[][], int[], boolean, boolean, double)
   */
  public Variant(int id, int start, byte[][] alleles, byte[] leads, int[] genotype, boolean phased, boolean pass,
      double score) {
    if (start < 0) {
      throw new IllegalArgumentException("negative start " + start);
    }
    if (alleles.length == 0 || alleles[0] == null) {
      throw new IllegalArgumentException("REF allele missing at " + start);
    }
    this.id = id;
    this.start = start;
    this.end = start + alleles[0].length;
    this.alleles = new byte[alleles.length][];
    for (int i = 0; i < alleles.length; i++) {
      this.alleles[i] = alleles[i] == null ? null : AlleleBases.copyOf(alleles[i]);
    }
    for (int a : genotype) {
      if (a < -1 || a >= alleles.length) {
        throw new IllegalArgumentException("genotype allele " + a + " out of range at " + start);
      }
    }
    this.ploidy = genotype.length;
    this.g0 = genotype.length > 0 ? genotype[0] : -1;
    this.g1 = genotype.length > 1 ? genotype[1] : -1;
    this.more = genotype.length > 2 ? genotype.clone() : null;
    this.phased = phased;
    this.pass = pass;
    this.score = score;
    this.paddingBase = computePaddingBase(this.alleles, leads);
    this.variant = computeVariant(this.alleles, genotype);
  }

  public int id() {
    return id;
  }

  /** 0-based start of the REF allele. */
  public int start() {
    return start;
  }

  /** 0-based exclusive end of the REF allele. */
  public int end() {
    return end;
  }

  /**
   * Start of the span the record changes, as vcfeval sees it: {@code start + 1} when every replayable ALT
   * shares REF's first base (the VCF padding base), else {@code start}. Region overlap tests use
   * {@code [replayStart(), end())}, so a padded insertion is a zero-length span.
   */
  public int replayStart() {
    return paddingBase ? start + 1 : start;
  }

  /** Whether REF and every replayable ALT begin with the same base (and there is at least one such ALT). */
  public boolean hasPaddingBase() {
    return paddingBase;
  }

  private static boolean computePaddingBase(byte[][] alleles, byte[] leads) {
    final byte[] ref = alleles[0];
    if (ref.length == 0) {
      return false;
    }
    boolean any = false;
    for (int i = 1; i < alleles.length; i++) {
      final byte[] alt = alleles[i];
      if (alt != null) {
        if (alt.length == 0 || alt[0] != ref[0]) {
          return false;
        }
        any = true;
      } else if (leads != null && leads[i] != '*') {
        // vcfeval (VcfUtils.hasRedundantFirstNucleotide) compares the text's first character, bases or not.
        if (leads[i] != ref[0]) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  public int alleleCount() {
    return alleles.length;
  }

  /** The bases of allele {@code i} (0 = REF), or {@code null} if it cannot be replayed. Do not modify. */
  public byte[] allele(int i) {
    return alleles[i];
  }

  public int ploidy() {
    return ploidy;
  }

  /** The allele index on haplotype {@code h}, or {@code -1} if missing. */
  public int genotype(int h) {
    if (h >= ploidy || h < 0) {
      throw new IndexOutOfBoundsException("haplotype " + h + " of a genotype of ploidy " + ploidy);
    }
    return h == 0 ? g0 : h == 1 ? g1 : more[h];
  }

  /** The allele index per haplotype (a new array). */
  public int[] genotype() {
    if (more != null) {
      return more.clone();
    }
    return ploidy == 0 ? new int[0] : ploidy == 1 ? new int[] {g0} : new int[] {g0, g1};
  }

  public boolean phased() {
    return phased;
  }

  public boolean pass() {
    return pass;
  }

  public double score() {
    return score;
  }

  /**
   * Whether the record carries a replayable non-reference allele in its genotype. Hom-ref, no-call,
   * {@code *}-only and symbolic-only records are not variants and take no part in matching.
   */
  public boolean isVariant() {
    return variant;
  }

  private static boolean computeVariant(byte[][] alleles, int[] genotype) {
    for (int a : genotype) {
      if (a > 0 && alleles[a] != null && !Arrays.equals(alleles[a], alleles[0])) {
        return true;
      }
    }
    return false;
  }

  /** A copy of this variant with another id (used when a side is re-indexed). */
  public Variant withId(int newId) {
    return new Variant(this, newId);
  }

  private Variant(Variant v, int newId) {
    this.id = newId;
    this.start = v.start;
    this.end = v.end;
    this.alleles = v.alleles;
    this.ploidy = v.ploidy;
    this.g0 = v.g0;
    this.g1 = v.g1;
    this.more = v.more;
    this.phased = v.phased;
    this.pass = v.pass;
    this.score = v.score;
    this.paddingBase = v.paddingBase;
    this.variant = v.variant;
  }

  @Override
  public String toString() {
    final StringBuilder sb = new StringBuilder();
    sb.append(start + 1).append(' ').append(new String(alleles[0], java.nio.charset.StandardCharsets.US_ASCII)).append(' ');
    for (int i = 1; i < alleles.length; i++) {
      if (i > 1) {
        sb.append(',');
      }
      sb.append(alleles[i] == null ? "*" : new String(alleles[i], java.nio.charset.StandardCharsets.US_ASCII));
    }
    sb.append(' ');
    for (int h = 0; h < ploidy; h++) {
      if (h > 0) {
        sb.append(phased ? '|' : '/');
      }
      sb.append(genotype(h) < 0 ? "." : Integer.toString(genotype(h)));
    }
    return sb.toString();
  }
}
