package dk.harness.io;

import java.nio.file.Path;
import java.util.List;

/**
 * A truth or query VCF read for a comparison, one contig at a time. Not thread-safe.
 *
 * <p>Accepts plain and bgzipped VCF, with or without a .tbi/.csi index. Records are read in file order and
 * validated (sorted, GT present, GT indices in range, well-formed columns); any problem is an
 * {@link InputException} naming the file and the 1-based line.
 */
public final class VcfInput implements AutoCloseable {
  private VcfInput() {
  }

  /**
   * Opens and validates the header, the compression and any index.
   *
   * @param vcf the VCF path (plain or .vcf.gz)
   * @param role "truth" or "query", used in messages and to name the CLI option ({@code --truth-sample})
   * @param sample the sample to read, or null to take the only sample
   * @param score which field becomes the variant score
   * @throws InputException on any input problem
   */
  public static VcfInput open(Path vcf, String role, String sample, ScoreField score) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public Path path() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The selected sample's name. */
  public String sampleName() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Contigs of the header's {@code ##contig} lines, in header order; may be empty. */
  public List<String> headerContigs() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Whether a usable .tbi/.csi index exists (then {@link #readContig} works). */
  public boolean hasIndex() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * The next contig's records when streaming, or null at the end of the file.
   *
   * @throws InputException on a malformed or unsorted record, a truncated file, etc.
   */
  public ContigRecords nextContig() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * Random access to one contig through the index; independent of the streaming position.
   *
   * @return the contig's records (empty if none)
   * @throws InputException if the file has no index, or on bad records
   */
  public ContigRecords readContig(String contig) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void close() {
  }
}
