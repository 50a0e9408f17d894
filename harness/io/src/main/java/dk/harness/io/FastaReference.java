package dk.harness.io;

import dk.harness.core.ReferenceSequence;
import htsjdk.samtools.reference.FastaSequenceIndex;
import htsjdk.samtools.reference.FastaSequenceIndexEntry;
import htsjdk.samtools.reference.ReferenceSequenceFile;
import htsjdk.samtools.reference.ReferenceSequenceFileFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;

/**
 * An indexed reference FASTA: plain with a .fai, or bgzip-compressed with .fai and .gzi (as made by
 * {@code samtools faidx}), read through htsjdk.
 *
 * <p>{@link #contig(String)} loads a whole contig into memory, upper-cased, and keeps only the last one loaded,
 * so at most one contig is held (plus any still referenced by callers). The returned sequences are immutable and
 * thread-safe; {@link #contig(String)} itself is synchronized, so one instance may be shared by threads (loads
 * are serialised).
 */
public final class FastaReference implements AutoCloseable {
  private final Path path;
  private final ReferenceSequenceFile file;
  private final LinkedHashMap<String, Integer> lengths;
  private final FileStamps stamps;

  private String cachedName;
  private ReferenceSequence cached;

  private FastaReference(Path path, ReferenceSequenceFile file, LinkedHashMap<String, Integer> lengths,
      FileStamps stamps) {
    this.path = path;
    this.file = file;
    this.lengths = lengths;
    this.stamps = stamps;
  }

  /**
   * Opens the FASTA and reads its .fai.
   *
   * @throws InputException if the file or its index is missing, the file is gzip but not bgzip, or the index is
   *     unreadable, older than the FASTA or does not describe it (see {@link FaiCheck})
   */
  public static FastaReference open(Path fasta) {
    final TextLines.Compression compression = TextLines.detect(fasta, "reference FASTA");
    if (compression == TextLines.Compression.GZIP) {
      throw new InputException(fasta, -1, "the FASTA is gzip-compressed but not with bgzip, so it cannot be indexed",
          "recompress it: zcat " + fasta + " | bgzip > ref.fa.gz && samtools faidx ref.fa.gz");
    }
    final Path fai = fasta.resolveSibling(fasta.getFileName() + ".fai");
    requireIndex(fasta, fai, ".fai");
    if (compression == TextLines.Compression.BGZF) {
      requireIndex(fasta, fasta.resolveSibling(fasta.getFileName() + ".gzi"), ".gzi");
      // Before the index is compared with it, so a cut-short FASTA is named, not its (intact) index.
      TextLines.requireTerminated(fasta, "reference FASTA", "copy or download the complete FASTA again, then "
          + "re-index it: samtools faidx " + fasta);
    }
    // Before the index is read, so a change from here on is noticed when a contig is read.
    final FileStamps stamps = FileStamps.of(fasta, fai, fasta.resolveSibling(fasta.getFileName() + ".gzi"));
    final LinkedHashMap<String, Integer> lengths = new LinkedHashMap<>();
    final FastaSequenceIndex index;
    try {
      index = new FastaSequenceIndex(fai);
      for (FastaSequenceIndexEntry e : index) {
        if (e.getSize() > Integer.MAX_VALUE) {
          throw new InputException(fai, -1, "contig '" + e.getContig() + "' is longer than 2^31-1 bases",
              "split the contig; this tool handles contigs up to 2,147,483,647 bases");
        }
        lengths.put(e.getContig(), (int) e.getSize());
      }
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InputException(fai, -1, "the FASTA index is unreadable (" + e.getMessage() + ")",
          "re-create it: samtools faidx " + fasta, e);
    }
    if (lengths.isEmpty()) {
      throw new InputException(fai, -1, "the FASTA index lists no contig (an empty or damaged .fai)",
          "re-create it: samtools faidx " + fasta);
    }
    FaiCheck.check(fasta, fai, index, compression == TextLines.Compression.BGZF);
    final ReferenceSequenceFile file;
    try {
      file = ReferenceSequenceFileFactory.getReferenceSequenceFile(fasta, true, true);
    } catch (RuntimeException e) {
      throw new InputException(fasta, -1, "cannot open the FASTA (" + e.getMessage() + ")",
          "re-create its index: samtools faidx " + fasta, e);
    }
    if (!file.isIndexed()) {
      throw new InputException(fasta, -1, "htsjdk could not use the FASTA index", "re-create it: samtools faidx "
          + fasta);
    }
    return new FastaReference(fasta, file, lengths, stamps);
  }

  public Path path() {
    return path;
  }

  /** Contig name to length, in .fai order. A fresh copy. */
  public LinkedHashMap<String, Integer> contigLengths() {
    return new LinkedHashMap<>(lengths);
  }

  /**
   * The whole contig, upper-cased, held in memory. The last contig loaded is cached.
   *
   * @throws InputException if the contig is not in the reference or cannot be read, or (a {@link FaultException})
   *     if the FASTA or its index changed since {@link #open}
   */
  public synchronized ReferenceSequence contig(String name) {
    if (name.equals(cachedName)) {
      return cached;
    }
    final Integer length = lengths.get(name);
    if (length == null) {
      throw new InputException(path, -1, "contig '" + name + "' is not in the reference",
          "use the reference the VCFs were called on");
    }
    // Drop the old contig before loading the next, so two large contigs are not held at once.
    cached = null;
    cachedName = null;
    requireUnchanged();
    final byte[] bases;
    try {
      bases = file.getSequence(name).getBases();
    } catch (RuntimeException e) {
      requireUnchanged();
      throw new InputException(path, -1, "cannot read contig '" + name + "' (" + e.getMessage() + ")",
          "check the FASTA is complete and re-create its index: samtools faidx " + path, e);
    }
    requireUnchanged();
    if (bases.length != length) {
      throw new InputException(path, -1, "contig '" + name + "' has " + bases.length + " bases but the .fai says "
          + length, "re-create the index: samtools faidx " + path);
    }
    for (int i = 0; i < bases.length; i++) {
      final byte b = bases[i];
      if (b >= 'a' && b <= 'z') {
        bases[i] = (byte) (b - 32);
      }
    }
    cached = new Contig(bases);
    cachedName = name;
    return cached;
  }

  @Override
  public synchronized void close() {
    cached = null;
    cachedName = null;
    try {
      file.close();
    } catch (IOException e) {
      // Read-only; nothing to recover.
    }
  }

  /** The bases read so far came from files that have since changed: nothing read can be trusted. */
  private void requireUnchanged() {
    final Path changed = stamps.changed();
    if (changed != null) {
      throw new FaultException(changed, "changed while the harness was reading the reference (size, time or "
          + "identity differ from when it was opened)", "leave the reference and its index unchanged while the "
          + "harness runs, and run again", null);
    }
  }

  private static void requireIndex(Path fasta, Path index, String ext) {
    if (!Files.isRegularFile(index)) {
      throw new InputException(fasta, -1, "the FASTA has no " + ext + " index (" + index.getFileName() + ")",
          "index it: samtools faidx " + fasta);
    }
    try {
      if (Files.getLastModifiedTime(index).compareTo(Files.getLastModifiedTime(fasta)) < 0) {
        throw new InputException(index, -1, "the FASTA index is older than the FASTA '" + fasta + "'",
            "re-create it: samtools faidx " + fasta);
      }
    } catch (IOException e) {
      throw TextLines.unreadable(index, "FASTA index", e);
    }
  }

  /** One contig held in memory. Immutable. */
  private static final class Contig implements ReferenceSequence {
    private final byte[] bases;

    Contig(byte[] bases) {
      this.bases = bases;
    }

    @Override
    public int length() {
      return bases.length;
    }

    @Override
    public byte[] bases(int start, int end) {
      final int s = Math.max(0, start);
      final int e = Math.min(bases.length, end);
      return e <= s ? new byte[0] : Arrays.copyOfRange(bases, s, e);
    }

    @Override
    public byte baseAt(int pos) {
      return pos >= 0 && pos < bases.length ? bases[pos] : (byte) 'N';
    }
  }
}
