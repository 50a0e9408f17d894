package dk.harness.cli;

import dk.harness.io.ContigRecords;
import dk.harness.io.InputException;
import dk.harness.io.VcfInput;
import java.util.List;

/**
 * Hands out one side's records contig by contig in the {@link ContigPlan}'s order, either by streaming the file
 * (when its contigs already come in that order) or through its index. Not thread-safe: use from one thread.
 */
final class ContigSource {
  private final VcfInput vcf;
  private final boolean stream;
  private ContigRecords pending;
  private boolean exhausted;

  /**
   * @param vcf the opened VCF
   * @param stream read sequentially (true) or by index (false)
   */
  ContigSource(VcfInput vcf, boolean stream) {
    this.vcf = vcf;
    this.stream = stream;
  }

  /**
   * The records of {@code contig}, empty if this side has none. In streaming mode contigs must be asked for in
   * the plan's order.
   */
  ContigRecords read(String contig) {
    if (!stream) {
      return vcf.readContig(contig);
    }
    if (pending == null && !exhausted) {
      pending = vcf.nextContig();
      exhausted = pending == null;
    }
    if (pending != null && pending.contig().equals(contig)) {
      final ContigRecords out = pending;
      pending = null;
      return out;
    }
    return new ContigRecords(contig, List.of());
  }

  /**
   * Confirms that streaming consumed the whole file; a left-over contig means the file changed under us or the
   * reader and the first pass disagree, and its records would otherwise be silently skipped.
   */
  void checkConsumed() {
    if (!stream) {
      return;
    }
    if (pending == null && !exhausted) {
      pending = vcf.nextContig();
      exhausted = pending == null;
    }
    if (pending != null) {
      throw new InputException(vcf.path(), -1, "records of contig '" + pending.contig()
          + "' were not in the expected order (did the file change while harness was reading it?)",
          "sort the VCF with 'bcftools sort' and rerun");
    }
  }
}
