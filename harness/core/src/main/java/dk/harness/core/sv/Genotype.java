package dk.harness.core.sv;

import java.util.Arrays;

/**
 * A sample's GT as allele indexes, {@link #MISSING} for '.'. Phasing is irrelevant to SV matching. Immutable.
 */
public final class Genotype {
  /** A missing allele ('.'). */
  public static final int MISSING = -1;

  private final int[] alleles;

  private Genotype(int[] alleles) {
    this.alleles = alleles;
  }

  /** From allele indexes ({@link #MISSING} for '.'); at least one. */
  public static Genotype of(int... alleles) {
    if (alleles.length == 0) {
      throw new IllegalArgumentException("a genotype has at least one allele");
    }
    return new Genotype(alleles.clone());
  }

  /** Parses a GT value such as {@code 0/1}, {@code 1|1}, {@code .}, {@code ./.}; null if it is not one. */
  public static Genotype parse(String gt) {
    if (gt == null || gt.isEmpty()) {
      return null;
    }
    final String[] parts = gt.split("[/|]", -1);
    final int[] a = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equals(".")) {
        a[i] = MISSING;
      } else {
        try {
          a[i] = Integer.parseInt(parts[i]);
        } catch (NumberFormatException e) {
          return null;
        }
        if (a[i] < 0) {
          return null;
        }
      }
    }
    return new Genotype(a);
  }

  /** How many alleles are ALT allele 1 (Truvari counts only allele 1, so a split 1/2 record counts one). */
  public int altOneCount() {
    int n = 0;
    for (int a : alleles) {
      if (a == 1) {
        n++;
      }
    }
    return n;
  }

  /** Truvari's {@code is_present}: allele 1 is among the alleles. */
  public boolean hasAltOne() {
    return altOneCount() > 0;
  }

  /**
   * The genotype written as Python writes pysam's GT tuple, e.g. {@code (0, 1)}, {@code (None,)}: the keys of
   * Truvari's {@code gt_matrix}.
   */
  public String pythonTuple() {
    final StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < alleles.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(alleles[i] == MISSING ? "None" : Integer.toString(alleles[i]));
    }
    return sb.append(alleles.length == 1 ? ",)" : ")").toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Genotype g && Arrays.equals(alleles, g.alleles);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(alleles);
  }

  @Override
  public String toString() {
    return pythonTuple();
  }
}
