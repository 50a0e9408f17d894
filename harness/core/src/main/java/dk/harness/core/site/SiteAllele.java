package dk.harness.core.site;

import dk.harness.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One ALT allele of one record, split off as a biallelic site and right-trimmed: the unit of site-level matching.
 * Two site alleles match when {@link #sameSite} holds: same start, same trimmed REF, same trimmed ALT.
 *
 * <p>Coordinates are 0-based half-open. Right-trimming never moves {@link #start()} (the record's POS - 1), so a
 * site allele stays at its record's position, as GATK and Picard compare it. Immutable and thread-safe.
 */
public final class SiteAllele {
  private final int recordId;
  private final int altIndex;
  private final int start;
  private final byte[] ref;
  private final byte[] alt;
  private final GenotypeState state;
  private final boolean called;
  private final int hash;

  /**
   * @param recordId the {@link Variant#id()} of the record it comes from
   * @param altIndex the ALT's allele index in the record (1-based, as in GT)
   * @param start 0-based start (the record's start)
   * @param ref trimmed REF bases
   * @param alt trimmed ALT bases
   * @param state the sample's genotype state for this allele
   * @param called whether at least one haplotype carries the allele
   */
  SiteAllele(int recordId, int altIndex, int start, byte[] ref, byte[] alt, GenotypeState state, boolean called) {
    this.recordId = recordId;
    this.altIndex = altIndex;
    this.start = start;
    this.ref = ref;
    this.alt = alt;
    this.state = state;
    this.called = called;
    this.hash = 31 * (31 * start + Arrays.hashCode(ref)) + Arrays.hashCode(alt);
  }

  public int recordId() {
    return recordId;
  }

  public int altIndex() {
    return altIndex;
  }

  /** 0-based start, the record's. */
  public int start() {
    return start;
  }

  /** 0-based exclusive end of the trimmed REF. */
  public int end() {
    return start + ref.length;
  }

  /**
   * Start of the span the allele changes, by vcfeval's padding rule: {@code start + 1} when REF and ALT share their
   * first base, else {@code start}. Confident regions are tested on {@code [spanStart(), end())}.
   */
  public int spanStart() {
    return ref[0] == alt[0] ? start + 1 : start;
  }

  /** Trimmed REF as text. */
  public String ref() {
    return new String(ref, StandardCharsets.US_ASCII);
  }

  /** Trimmed ALT as text. */
  public String alt() {
    return new String(alt, StandardCharsets.US_ASCII);
  }

  public GenotypeState state() {
    return state;
  }

  /** Whether the genotype carries the allele; only called alleles are TP, FP or FN. */
  public boolean called() {
    return called;
  }

  public SiteType type() {
    return SiteType.of(ref, alt);
  }

  /** Same start, same trimmed REF and ALT. */
  public boolean sameSite(SiteAllele o) {
    return start == o.start && Arrays.equals(ref, o.ref) && Arrays.equals(alt, o.alt);
  }

  /** Hash consistent with {@link #sameSite}. */
  int siteHash() {
    return hash;
  }

  @Override
  public String toString() {
    return (start + 1) + " " + ref() + ">" + alt() + " " + state;
  }
}
