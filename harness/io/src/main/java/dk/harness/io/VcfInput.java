package dk.harness.io;

import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.tribble.readers.LineIterator;
import htsjdk.variant.vcf.VCFCodec;
import htsjdk.variant.vcf.VCFContigHeaderLine;
import htsjdk.variant.vcf.VCFHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A truth or query VCF read for a comparison, one contig at a time.
 *
 * <p>Accepts plain, gzip and bgzip VCF (detected from the bytes, not the name), with or without a .tbi/.csi
 * index. {@link #open} checks up front that a bgzip file is complete (BGZF end-of-file marker) and that any index
 * is readable and not older than the VCF; a missing index is fine, since records are streamed.
 *
 * <p>Records are validated as they are read: sorted (POS never decreases within a contig and a contig's records
 * are contiguous), the selected sample carries GT, GT allele indices exist, columns and POS are well formed.
 * Every problem is an {@link InputException} naming the file and the 1-based line (of the decompressed text).
 * No record is dropped: hom-ref, no-call, symbolic and {@code *} records are returned like any other (the core
 * ignores non-variants).
 *
 * <p>Streaming ({@link #nextContig()}) is not thread-safe. {@link #readContig(String)} and
 * {@link #recordContigs()} open their own streams and may be called from several threads at once, also while
 * another thread streams.
 */
public final class VcfInput implements AutoCloseable {
  private static final int MAX_NAMES_LISTED = 20;

  private final Path path;
  private final String role;
  private final String sampleName;
  private final int sampleIndex;
  private final int sampleCount;
  private final ScoreField score;
  private final List<String> headerLines;
  private final List<String> headerContigs;
  private final VcfIndex index;
  private final TextLines lines;
  private final VcfRecordParser parser;
  private final FastRecordParser fastParser;
  private final boolean alwaysDecode;

  private final Set<String> doneContigs = new HashSet<>();
  /** The first line of the next contig, read while finishing the previous one. */
  private byte[] pendingLine;
  private long pendingLineNo;

  private VcfInput(Path path, String role, String sampleName, int sampleIndex, int sampleCount, ScoreField score,
      List<String> headerLines, List<String> headerContigs, VcfIndex index, TextLines lines,
      VcfRecordParser parser, boolean alwaysDecode) {
    this.alwaysDecode = alwaysDecode;
    this.path = path;
    this.role = role;
    this.sampleName = sampleName;
    this.sampleIndex = sampleIndex;
    this.sampleCount = sampleCount;
    this.score = score;
    this.headerLines = headerLines;
    this.headerContigs = headerContigs;
    this.index = index;
    this.lines = lines;
    this.parser = parser;
    this.fastParser = new FastRecordParser(parser, lines, sampleIndex, sampleCount, score);
  }

  /**
   * Opens the VCF, reads and checks its header, and checks the compression and any index.
   *
   * @param vcf the VCF path (plain, .vcf.gz bgzip or gzip)
   * @param role "truth" or "query": used in messages and to name the CLI option ({@code --truth-sample})
   * @param sample the sample to read, or null to take the only sample
   * @param score which field becomes the variant score
   * @throws InputException on any input problem
   */
  public static VcfInput open(Path vcf, String role, String sample, ScoreField score) {
    return open(vcf, role, sample, score, Decoding.FAST);
  }

  /** How record lines are checked; both give the same records and messages (see {@link SiteSyntax}). */
  enum Decoding {
    /** htsjdk's codec runs only on lines {@link SiteSyntax} cannot prove valid (the default). */
    FAST,
    /** htsjdk's codec runs on every line: the reference the fast path is tested against. */
    HTSJDK
  }

  /** {@link #open(Path, String, String, ScoreField)} with a choice of record checking, for tests and benchmarks. */
  static VcfInput open(Path vcf, String role, String sample, ScoreField score, Decoding decoding) {
    final TextLines.Compression compression = TextLines.detect(vcf, role + " VCF");
    if (compression == TextLines.Compression.BGZF) {
      checkTermination(vcf);
    }
    final VcfIndex index = findIndex(vcf, compression);
    final TextLines lines = TextLines.open(vcf, role + " VCF");
    try {
      final HeaderIterator it = new HeaderIterator(lines);
      final VCFCodec codec = new VCFCodec();
      final VCFHeader header;
      try {
        header = (VCFHeader) codec.readActualHeader(it);
      } catch (InputException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new InputException(vcf, Math.max(1, it.lastLineNo), "invalid VCF header (" + e.getMessage() + ")",
            "the file must start with ##fileformat=VCFv4.x and have a #CHROM line", e);
      }
      final List<String> samples = header.getGenotypeSamples();
      final int idx = selectSample(vcf, role, sample, samples, it.lastLineNo);
      final List<String> contigs = new ArrayList<>();
      for (VCFContigHeaderLine line : header.getContigLines()) {
        contigs.add(line.getID());
      }
      // With unsorted samples htsjdk decodes the genotype columns eagerly (and may reject them): always decode.
      final boolean alwaysDecode = decoding == Decoding.HTSJDK || !header.samplesWereAlreadySorted();
      final VcfRecordParser parser = new VcfRecordParser(vcf, codec, idx, samples.size(), score, alwaysDecode);
      return new VcfInput(vcf, role, samples.get(idx), idx, samples.size(), score,
          Collections.unmodifiableList(it.consumed), Collections.unmodifiableList(contigs), index, lines, parser,
          alwaysDecode);
    } catch (RuntimeException e) {
      lines.close();
      throw e;
    }
  }

  public Path path() {
    return path;
  }

  /** "truth" or "query", as given to {@link #open}. */
  public String role() {
    return role;
  }

  /** The selected sample's name. */
  public String sampleName() {
    return sampleName;
  }

  /** Contigs of the header's {@code ##contig} lines, in header order; may be empty. */
  public List<String> headerContigs() {
    return headerContigs;
  }

  /** Whether a usable .tbi/.csi index exists (then {@link #readContig} works). */
  public boolean hasIndex() {
    return index != null;
  }

  /**
   * The contigs that have at least one record, in file order. With an index this comes from the index (cheap);
   * without one, it is a pre-scan of the CHROM column of the whole file (one decompression pass, no record
   * parsing). Meant for {@link ContigNaming#check} before any output is written. Independent of streaming.
   *
   * @throws InputException if the file cannot be read
   */
  public List<String> recordContigs() {
    if (index != null) {
      return index.contigs();
    }
    final Set<String> seen = new LinkedHashSet<>();
    try (TextLines scan = TextLines.open(path, role + " VCF")) {
      byte[] last = null;
      while (scan.nextLine()) {
        final byte[] b = scan.buffer();
        final int start = scan.lineStart();
        final int end = scan.lineEnd();
        if (end == start || b[start] == '#') {
          continue;
        }
        int t = start;
        while (t < end && b[t] != '\t') {
          t++;
        }
        if (last == null || !Arrays.equals(last, 0, last.length, b, start, t)) {
          last = Arrays.copyOfRange(b, start, t);
          seen.add(scan.decode(b, start, t));
        }
      }
    }
    return List.copyOf(seen);
  }

  /**
   * The next contig's records when streaming, or null at the end of the file. Each record's variant id is its
   * ordinal within the contig (0, 1, 2, ...).
   *
   * @throws InputException on a malformed or unsorted record, a truncated file, etc.
   */
  public ContigRecords nextContig() {
    byte[] b;
    int start;
    int end;
    long lineNo;
    if (pendingLine != null) {
      b = pendingLine;
      start = 0;
      end = b.length;
      lineNo = pendingLineNo;
      pendingLine = null;
    } else {
      if (!nextDataLine()) {
        return null;
      }
      b = lines.buffer();
      start = lines.lineStart();
      end = lines.lineEnd();
      lineNo = lines.lineNumber();
    }
    final String contig = contigOf(b, start, end, lineNo);
    if (doneContigs.contains(contig)) {
      throw unsorted(lineNo, "records of contig '" + contig + "' appear again after records of another contig");
    }
    final byte[] contigBytes = ascii(contig);
    final List<LoadedRecord> records = new ArrayList<>();
    int prevPos = 0;
    while (true) {
      final LoadedRecord rec = alwaysDecode
          ? parser.parse(lines.decode(b, start, end), lineNo, records.size())
          : fastParser.parse(b, start, end, lineNo, records.size());
      if (rec.pos() < prevPos) {
        throw unsorted(lineNo, "POS " + rec.pos() + " comes after POS " + prevPos + " on contig '" + contig + "'");
      }
      prevPos = rec.pos();
      records.add(rec);
      if (!nextDataLine()) {
        break;
      }
      b = lines.buffer();
      start = lines.lineStart();
      end = lines.lineEnd();
      lineNo = lines.lineNumber();
      if (!sameContig(b, start, end, contig, contigBytes)) {
        pendingLine = Arrays.copyOfRange(b, start, end);
        pendingLineNo = lineNo;
        break;
      }
    }
    doneContigs.add(contig);
    return new ContigRecords(contig, records);
  }

  /**
   * All records of one contig, read through the index; independent of the streaming position. Line numbers are
   * unknown here ({@link LoadedRecord#line()} is -1), so messages name chr:pos instead.
   *
   * @return the contig's records (empty if the contig has none)
   * @throws InputException if the file has no index, or on bad records
   */
  public ContigRecords readContig(String contig) {
    if (index == null) {
      throw new InputException(path, -1, "reading contig '" + contig + "' directly needs an index, and there is none",
          "bgzip the VCF and index it: tabix -p vcf " + path);
    }
    final long offset = index.firstOffset(contig);
    if (offset < 0) {
      return new ContigRecords(contig, List.of());
    }
    final VCFCodec codec = new VCFCodec();
    codec.readActualHeader(new HeaderLineIterator(headerLines));
    final VcfRecordParser localParser = new VcfRecordParser(path, codec, sampleIndex, sampleCount, score,
        alwaysDecode);
    final List<LoadedRecord> records = new ArrayList<>();
    try (BlockCompressedInputStream in = new BlockCompressedInputStream(path)) {
      in.setCheckCrcs(true);
      in.seek(offset);
      int prevPos = 0;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        if (!sameContig(line, contig)) {
          if (records.isEmpty()) {
            throw VcfIndex.corrupt(index.path(), path, "it points contig '" + contig
                + "' at a record of another contig", null);
          }
          break;
        }
        final LoadedRecord rec = localParser.parse(line, -1, records.size());
        if (rec.pos() < prevPos) {
          throw unsorted(-1, "POS " + rec.pos() + " comes after POS " + prevPos + " on contig '" + contig + "'");
        }
        prevPos = rec.pos();
        records.add(rec);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException) {
        throw (InputException) e;
      }
      throw new InputException(path, -1, "cannot read contig '" + contig + "' through the index (" + e.getMessage()
          + ")", "re-create the file and its index (bgzip, then tabix -f -p vcf)", e);
    }
    return new ContigRecords(contig, records);
  }

  @Override
  public void close() {
    lines.close();
  }

  // ---------------------------------------------------------------------------------------------------------

  /** Moves to the next non-empty line, which must not be a header line; false at the end. */
  private boolean nextDataLine() {
    while (lines.nextLine()) {
      if (lines.lineEnd() == lines.lineStart()) {
        continue;
      }
      if (lines.buffer()[lines.lineStart()] == '#') {
        throw new InputException(path, lines.lineNumber(), "header line after the first record",
            "all '#' lines must come before the records", null);
      }
      return true;
    }
    return false;
  }

  /** The CHROM of a data line (decoded as the file's lines are). */
  private String contigOf(byte[] b, int start, int end, long lineNo) {
    for (int i = start; i < end; i++) {
      if (b[i] == '\t') {
        return lines.decode(b, start, i);
      }
    }
    parser.parse(lines.decode(b, start, end), lineNo, 0); // throws the column-count error
    throw new IllegalStateException("unreachable");
  }

  /** The name's bytes if it is ASCII (then lines can be compared bytewise), else null. */
  private static byte[] ascii(String name) {
    final byte[] out = new byte[name.length()];
    for (int i = 0; i < out.length; i++) {
      final char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      out[i] = (byte) c;
    }
    return out;
  }

  /** Whether the line's CHROM is {@code contig}; {@code contigBytes} is its ASCII form or null. */
  private boolean sameContig(byte[] b, int start, int end, String contig, byte[] contigBytes) {
    if (contigBytes == null) {
      return sameContig(lines.decode(b, start, end), contig);
    }
    final int n = contigBytes.length;
    if (end - start <= n || b[start + n] != '\t') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[start + i] != contigBytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameContig(String line, String contig) {
    return line.length() > contig.length() && line.charAt(contig.length()) == '\t' && line.startsWith(contig);
  }

  private InputException unsorted(long lineNo, String problem) {
    return new InputException(path, lineNo, "the VCF is not sorted: " + problem,
        "sort it: bcftools sort " + path + " -Oz -o sorted.vcf.gz && tabix -p vcf sorted.vcf.gz");
  }

  private static void checkTermination(Path vcf) {
    final BlockCompressedInputStream.FileTermination term;
    try {
      term = BlockCompressedInputStream.checkTermination(vcf);
    } catch (IOException e) {
      throw TextLines.unreadable(vcf, "VCF", e);
    }
    if (term != BlockCompressedInputStream.FileTermination.HAS_TERMINATOR_BLOCK) {
      throw new InputException(vcf, -1, "the bgzip file is truncated (" + (term
          == BlockCompressedInputStream.FileTermination.DEFECTIVE ? "its last block is damaged"
          : "no BGZF end-of-file marker") + ")",
          "re-create it from the complete VCF (bgzip) or download it again");
    }
  }

  private static VcfIndex findIndex(Path vcf, TextLines.Compression compression) {
    final Path tbi = vcf.resolveSibling(vcf.getFileName() + ".tbi");
    final Path csi = vcf.resolveSibling(vcf.getFileName() + ".csi");
    VcfIndex found = null;
    for (Path idx : new Path[] {tbi, csi}) {
      if (!Files.exists(idx)) {
        continue;
      }
      if (compression != TextLines.Compression.BGZF) {
        throw new InputException(idx, -1, "an index exists but '" + vcf + "' is not bgzip-compressed",
            "compress the VCF with bgzip and re-index it (tabix -p vcf), or delete the index");
      }
      final long vcfSize;
      try {
        vcfSize = Files.size(vcf);
        if (Files.getLastModifiedTime(idx).compareTo(Files.getLastModifiedTime(vcf)) < 0) {
          throw new InputException(idx, -1, "the index is older than the VCF '" + vcf + "'",
              "re-index the VCF: tabix -f -p vcf " + vcf);
        }
      } catch (IOException e) {
        throw TextLines.unreadable(idx, "index", e);
      }
      final VcfIndex loaded = VcfIndex.load(idx, vcf, vcfSize);
      if (found == null) {
        found = loaded;
      }
    }
    return found;
  }

  private static int selectSample(Path vcf, String role, String sample, List<String> samples, long headerLine) {
    final String option = "--" + role + "-sample";
    if (samples.isEmpty()) {
      throw new InputException(vcf, headerLine, "the VCF has no sample column (FORMAT and a sample are needed)",
          "use a VCF with genotypes (GT) for one sample");
    }
    if (sample != null) {
      final int idx = samples.indexOf(sample);
      if (idx < 0) {
        throw new InputException(vcf, headerLine, "sample '" + sample + "' is not in the header; samples: "
            + listNames(samples), "pass one of these names to " + option);
      }
      return idx;
    }
    if (samples.size() > 1) {
      throw new InputException(vcf, headerLine, "the VCF has " + samples.size() + " samples (" + listNames(samples)
          + ") and none was chosen", "pass " + option + " NAME");
    }
    return 0;
  }

  private static String listNames(List<String> names) {
    final StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size() && i < MAX_NAMES_LISTED; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names.get(i));
    }
    if (names.size() > MAX_NAMES_LISTED) {
      sb.append(", ... (").append(names.size() - MAX_NAMES_LISTED).append(" more)");
    }
    return sb.toString();
  }

  /**
   * Feeds header lines to the codec and remembers them, with their line numbers for messages. VCFv4.4/4.5 are
   * presented to the codec as VCFv4.3.
   */
  private static final class HeaderIterator implements LineIterator {
    private static final Set<String> NEWER_VERSIONS = Set.of("##fileformat=VCFv4.4", "##fileformat=VCFv4.5");

    private final TextLines lines;
    private final List<String> consumed = new ArrayList<>();
    private String peeked;
    private long lastLineNo;

    HeaderIterator(TextLines lines) {
      this.lines = lines;
    }

    @Override
    public String peek() {
      if (peeked == null) {
        peeked = lines.readLine();
        lastLineNo = lines.lineNumber();
        if (peeked != null && lastLineNo == 1 && NEWER_VERSIONS.contains(peeked.strip())) {
          // htsjdk 4.2 stops at VCFv4.3; the record syntax this reader relies on is unchanged in 4.4/4.5.
          peeked = "##fileformat=VCFv4.3";
        }
      }
      return peeked;
    }

    @Override
    public boolean hasNext() {
      return peek() != null;
    }

    @Override
    public String next() {
      final String line = peek();
      if (line == null) {
        throw new NoSuchElementException();
      }
      peeked = null;
      consumed.add(line);
      return line;
    }
  }
}
