package dk.harness.simulate;

import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.samtools.util.zip.DeflaterFactory;
import htsjdk.tribble.SimpleFeature;
import htsjdk.tribble.index.tabix.TabixFormat;
import htsjdk.tribble.index.tabix.TabixIndexCreator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a bgzipped VCF and builds its tabix index ({@code .tbi}) on the fly, written on close. Records must come
 * sorted (contigs in header order, POS ascending). Output bytes depend only on the lines written. Not
 * thread-safe.
 */
final class VcfWriter implements Closeable {
  private static final int COMPRESSION = 6;

  private final Path path;
  private final BlockCompressedOutputStream out;
  private final TabixIndexCreator index;
  private long records;

  /**
   * @param headerLines header lines without newline, ending with the {@code #CHROM} line
   * @param contigs the contigs, for the index
   */
  VcfWriter(Path path, List<String> headerLines, List<ContigSpec> contigs) throws IOException {
    this.path = path;
    this.out = new BlockCompressedOutputStream(path, COMPRESSION, new DeflaterFactory());
    final List<SAMSequenceRecord> seqs = new ArrayList<>();
    for (ContigSpec c : contigs) {
      seqs.add(new SAMSequenceRecord(c.name(), c.length()));
    }
    this.index = new TabixIndexCreator(new SAMSequenceDictionary(seqs), TabixFormat.VCF);
    for (String line : headerLines) {
      out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    }
  }

  /**
   * Writes one record line (no newline).
   *
   * @param pos 0-based start of REF
   * @param refLength REF length, for the index
   */
  void write(String contig, int pos, int refLength, String line) throws IOException {
    index.addFeature(new SimpleFeature(contig, pos + 1, pos + refLength), out.getFilePointer());
    out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    records++;
  }

  long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    out.flush();
    final long end = out.getFilePointer();
    out.close();
    index.finalizeIndex(end).write(path.resolveSibling(path.getFileName() + ".tbi"));
  }
}
