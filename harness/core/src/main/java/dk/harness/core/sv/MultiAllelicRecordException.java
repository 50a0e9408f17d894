package dk.harness.core.sv;

/**
 * A record with more than one ALT allele inside the regions: Truvari refuses to compare those, and so does the
 * engine; the caller reports the file and line and suggests splitting. Carries the record.
 */
public final class MultiAllelicRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient SvRecord record;
  private final boolean truthSide;

  MultiAllelicRecordException(SvRecord record, boolean truthSide) {
    super("multi-allelic record at " + record.contig() + ":" + record.pos() + " (" + record.alts().size()
        + " ALT alleles)");
    this.record = record;
    this.truthSide = truthSide;
  }

  public SvRecord record() {
    return record;
  }

  /** True when the record is in the truth file. */
  public boolean truthSide() {
    return truthSide;
  }
}
