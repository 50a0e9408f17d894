package dk.harness.compare;

import dk.harness.io.ContigRecords;
import dk.harness.io.InputException;
import dk.harness.io.LoadedRecord;
import dk.harness.io.VcfInput;
import java.util.List;
import java.util.Set;

/**
 * Hands out one side's records contig by contig in the {@link ContigPlan}'s order, either by streaming the file
 * (when its contigs already come in that order) or through its index. Not thread-safe: use from one thread.
 */
final class ContigSource implements ContigLoader.Side {
  private final VcfInput vcf;
  private final boolean stream;
  private final Set<String> leftOut;
  private ContigRecords pending;
  private boolean exhausted;

  /**
   * @param vcf the opened VCF
   * @param stream read sequentially (true) or by index (false)
   */
  ContigSource(VcfInput vcf, boolean stream) {
    this(vcf, stream, Set.of());
  }

  /**
   * @param leftOut contigs whose records are not compared (the reference may lack them): a stream passes them
   */
  ContigSource(VcfInput vcf, boolean stream, Set<String> leftOut) {
    this.vcf = vcf;
    this.stream = stream;
    this.leftOut = Set.copyOf(leftOut);
  }

  /**
   * The records of {@code contig}, empty if this side has none. In streaming mode contigs must be asked for in
   * the plan's order.
   */
  @Override
  public List<LoadedRecord> read(String contig) {
    return readRecords(contig).records();
  }

  private ContigRecords readRecords(String contig) {
    if (!stream) {
      return vcf.readContig(contig);
    }
    fill();
    if (pending != null && pending.contig().equals(contig)) {
      final ContigRecords out = pending;
      pending = null;
      return out;
    }
    return new ContigRecords(contig, List.of());
  }

  /** Reads the next contig not left out into {@code pending}, unless one is pending or the file is done. */
  private void fill() {
    while (pending == null && !exhausted) {
      pending = vcf.nextContig();
      exhausted = pending == null;
      if (pending != null && leftOut.contains(pending.contig())) {
        pending = null;
      }
    }
  }

  /**
   * Confirms that streaming consumed the whole file; a left-over contig means the file changed under us or the
   * reader and the first pass disagree, and its records would otherwise be silently skipped.
   */
  @Override
  public void checkConsumed() {
    if (!stream) {
      return;
    }
    fill();
    if (pending != null) {
      throw new InputException(vcf.path(), -1, "records of contig '" + pending.contig()
          + "' were not in the expected order (did the file change while harness was reading it?)",
          "sort the VCF with 'bcftools sort' and rerun");
    }
  }
}
