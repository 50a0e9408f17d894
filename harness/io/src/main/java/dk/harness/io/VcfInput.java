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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A truth or query VCF read for a comparison, one contig at a time.
 *
 * <p>Accepts plain, gzip and bgzip VCF (detected from the bytes, not the name), with or without a .tbi/.csi
 * index. {@link #open} checks up front that a bgzip file is complete (BGZF end-of-file marker) and that any index
 * is readable and not older than the VCF; a missing index is fine, since records are streamed.
 *
 * <p>Records are validated as they are read: sorted (POS never decreases within a contig and a contig's records
 * are contiguous), GT allele indices exist, columns and POS are well formed. Every problem is an
 * {@link InputException} naming the file and the 1-based line (of the decompressed text). Hom-ref, no-call,
 * symbolic and {@code *} records are returned like any other (the core ignores non-variants); records whose
 * FORMAT has no GT are skipped and counted ({@link #recordsWithoutGt()}), as vcfeval skips them, and a file
 * where no record has GT is refused ({@link #requireGenotypes()}).
 *
 * <p>Headers are read leniently where htslib is ({@link HeaderDialect}): what is accepted is listed by
 * {@link #dialectWarnings()}, one line per kind.
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
  private final DialectWarnings warnings;
  private final HeaderDialect dialect;
  /** Records read with GT (those without are skipped and counted in {@link #warnings}). */
  private final AtomicLong recordsWithGt = new AtomicLong();

  private final Set<String> doneContigs = new HashSet<>();
  /** Per-contig tallies of the pre-scan (files without an index), or null. */
  private volatile Map<String, ContigNaming.Tally> tallies;
  /** The first line of the next contig, read while finishing the previous one. */
  private byte[] pendingLine;
  private long pendingLineNo;
  /** The VCF and its index as they were at {@link #open}: records read from a file since rewritten are not trusted. */
  private final FileStamps stamps;

  private VcfInput(Path path, String role, String sampleName, int sampleIndex, int sampleCount, ScoreField score,
      List<String> headerLines, List<String> headerContigs, VcfIndex index, TextLines lines,
      VcfRecordParser parser, boolean alwaysDecode, DialectWarnings warnings, HeaderDialect dialect,
      FileStamps stamps) {
    this.stamps = stamps;
    this.alwaysDecode = alwaysDecode;
    this.warnings = warnings;
    this.dialect = dialect;
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
      TextLines.requireTerminated(vcf, "VCF", "re-create it from the complete VCF (bgzip) or download it again");
    }
    // Before the index is read, so a change from here on is noticed when records are read.
    final FileStamps stamps = FileStamps.of(vcf, vcf.resolveSibling(vcf.getFileName() + ".tbi"),
        vcf.resolveSibling(vcf.getFileName() + ".csi"));
    final VcfIndex index = findIndex(vcf, compression);
    final TextLines lines = TextLines.open(vcf, role + " VCF");
    try {
      final DialectWarnings warnings = new DialectWarnings(vcf, role);
      final HeaderDialect dialect = new HeaderDialect(warnings);
      final HeaderIterator it = new HeaderIterator(lines, dialect);
      final VCFCodec codec = new VCFCodec();
      final VCFHeader header;
      try {
        header = (VCFHeader) codec.readActualHeader(it);
      } catch (InputException e) {
        throw e;
      } catch (RuntimeException e) {
        SampleColumns.requireDistinct(vcf, it.consumed);
        throw new InputException(vcf, Math.max(1, it.lastLineNo), "invalid VCF header (" + e.getMessage() + ")",
            "the file must start with ##fileformat=VCFv4.x and have a #CHROM line", e);
      }
      SampleColumns.requireDistinct(vcf, it.consumed);
      final List<String> samples = header.getGenotypeSamples();
      final int idx = selectSample(vcf, role, sample, samples, it.lastLineNo);
      final List<String> contigs = new ArrayList<>();
      for (VCFContigHeaderLine line : header.getContigLines()) {
        contigs.add(line.getID());
      }
      // With unsorted samples htsjdk decodes the genotype columns eagerly (and may reject them): always decode.
      final boolean alwaysDecode = decoding == Decoding.HTSJDK || !header.samplesWereAlreadySorted();
      final VcfRecordParser parser = new VcfRecordParser(vcf, codec, idx, samples.size(), score, alwaysDecode,
          warnings);
      return new VcfInput(vcf, role, samples.get(idx), idx, samples.size(), score,
          Collections.unmodifiableList(it.consumed), Collections.unmodifiableList(contigs), index, lines, parser,
          alwaysDecode, warnings, dialect, stamps);
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

  /**
   * What this file does that the VCF spec or htsjdk would not take as it is but that changes no count (header
   * dialects of other tools, undeclared keys, empty INFO, records without GT), one line per kind with a count and
   * the first occurrence, for {@code harness: warning: } lines on stderr. Header kinds are known after
   * {@link #open}; record kinds grow as records are read, so ask again once every record has been read.
   */
  public List<String> dialectWarnings() {
    return warnings.render();
  }

  /**
   * Records skipped so far because their FORMAT has no GT (gVCF reference blocks of some callers, annotation-only
   * records), as vcfeval skips them. They are valid records (their site was checked) but take no part in the
   * comparison and have no variant id. Final once every record has been read.
   */
  public long recordsWithoutGt() {
    return warnings.count(DialectWarnings.Kind.NO_GT);
  }

  /**
   * Refuses a file none of whose records read so far has GT while some had none (so it would count as zero
   * variants): a GT-less VCF such as a somatic caller's or a likelihoods-only one. Call once every record has
   * been read; {@link #nextContig} calls it at the end of the file.
   *
   * @throws InputException if records were read and none had GT
   */
  public void requireGenotypes() {
    final long without = recordsWithoutGt();
    if (without > 0 && recordsWithGt.get() == 0) {
      throw new InputException(path, -1, "none of the " + without + " record(s) has a genotype (no GT in FORMAT), "
          + "so there is nothing to compare (a sites-only, somatic or likelihoods-only VCF?)",
          "use a VCF with genotype calls (GT) for the " + role + " sample, e.g. the caller's germline output");
    }
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
    final Map<String, ContigNaming.Tally> scanned = scanContigs(null);
    tallies = scanned;
    return List.copyOf(scanned.keySet());
  }

  /**
   * The first line and record count of each of {@code contigs} that has records: from the pre-scan of
   * {@link #recordContigs()} when the file has no index, else one pass over the CHROM column. For messages about
   * contigs the reference lacks, so it is only called when there are some.
   *
   * @throws InputException if the file cannot be read
   */
  public Map<String, ContigNaming.Tally> tally(Set<String> contigs) {
    Map<String, ContigNaming.Tally> all = tallies;
    if (all == null) {
      all = scanContigs(contigs);
    }
    final Map<String, ContigNaming.Tally> out = new LinkedHashMap<>();
    for (Map.Entry<String, ContigNaming.Tally> e : all.entrySet()) {
      if (contigs.contains(e.getKey())) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** First line and record count per contig (of {@code only}, or all when null), in file order. */
  private Map<String, ContigNaming.Tally> scanContigs(Set<String> only) {
    final Map<String, long[]> seen = new LinkedHashMap<>();
    try (TextLines scan = TextLines.open(path, role + " VCF")) {
      byte[] last = null;
      long[] current = null;
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
          final String name = scan.decode(b, start, t);
          current = only != null && !only.contains(name) ? null
              : seen.computeIfAbsent(name, k -> new long[] {scan.lineNumber(), 0});
        }
        if (current != null) {
          current[1]++;
        }
      }
    }
    final Map<String, ContigNaming.Tally> out = new LinkedHashMap<>();
    seen.forEach((k, v) -> out.put(k, new ContigNaming.Tally(v[0], v[1])));
    return out;
  }

  /** Contigs of the header's {@code ##contig} lines that declare a length, with the length and header line. */
  public List<HeaderContig> headerContigLengths() {
    final List<HeaderContig> out = new ArrayList<>();
    for (int i = 0; i < headerLines.size(); i++) {
      final HeaderContig c = HeaderContig.parse(headerLines.get(i), i + 1);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether some record gives the selected sample a value for FORMAT {@code key} (present and not {@code .}):
   * reads from the first record and stops at the first that does, so it is cheap when the answer is yes and one
   * decompression pass when no record has it. Independent of streaming; used to check the field of
   * {@code --roc} before comparing.
   *
   * @throws InputException if the file cannot be read
   */
  public boolean anyRecordHasFormatValue(String key) {
    try (TextLines scan = TextLines.open(path, role + " VCF")) {
      while (scan.nextLine()) {
        final int start = scan.lineStart();
        final int end = scan.lineEnd();
        if (end == start || scan.buffer()[start] == '#') {
          continue;
        }
        final String[] cols = scan.decode(scan.buffer(), start, end).split("\t", 10 + sampleIndex);
        if (cols.length <= 9 + sampleIndex) {
          continue;
        }
        final String[] format = cols[8].split(":");
        final String[] sample = cols[9 + sampleIndex].split("\t", 2)[0].split(":");
        for (int i = 0; i < format.length && i < sample.length; i++) {
          if (format[i].equals(key) && !sample[i].isEmpty() && !".".equals(sample[i])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The score field the records of this input were read with. */
  public ScoreField score() {
    return score;
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
        requireUnchanged();
        requireGenotypes();
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
      if (dialect.checksRecords()) {
        dialect.checkRecord(lines.decode(b, start, end), lineNo);
      }
      final LoadedRecord rec = alwaysDecode
          ? parser.parse(lines.decode(b, start, end), lineNo, records.size())
          : fastParser.parse(b, start, end, lineNo, records.size());
      final int pos = rec != null ? rec.pos() : parser.lastPos();
      if (pos < prevPos) {
        throw unsorted(lineNo, "POS " + pos + " comes after POS " + prevPos + " on contig '" + contig + "'");
      }
      prevPos = pos;
      if (rec != null) {
        records.add(rec);
        recordsWithGt.incrementAndGet();
      }
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
    requireUnchanged();
    return new ContigRecords(contig, records);
  }

  /**
   * Refuses records read from a VCF or index that changed since {@link #open} (re-created by another process while
   * this one reads): they may mix two files' contents. Three file-attribute reads; called once per contig.
   *
   * @throws FaultException naming the changed file
   */
  private void requireUnchanged() {
    final Path changed = stamps.changed();
    if (changed != null) {
      throw new FaultException(changed, "changed while the harness was reading the " + role + " VCF (size, time or "
          + "identity differ from when it was opened)", "leave the VCF and its index unchanged while the harness "
          + "runs, and run again", null);
    }
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
        alwaysDecode, warnings);
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
        if (dialect.checksRecords()) {
          dialect.checkRecord(line, -1);
        }
        final LoadedRecord rec = localParser.parse(line, -1, records.size());
        final int pos = rec != null ? rec.pos() : localParser.lastPos();
        if (pos < prevPos) {
          throw unsorted(-1, "POS " + pos + " comes after POS " + prevPos + " on contig '" + contig + "'");
        }
        prevPos = pos;
        if (rec != null) {
          records.add(rec);
          recordsWithGt.incrementAndGet();
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException) {
        throw (InputException) e;
      }
      throw new InputException(path, -1, "cannot read contig '" + contig + "' through the index (" + e.getMessage()
          + ")", "re-create the file and its index (bgzip, then tabix -f -p vcf)", e);
    }
    requireUnchanged();
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
      throw new InputException(vcf, headerLine, "the VCF has no sample column (a sites-only VCF: no genotypes to "
          + "compare)", "use a VCF with genotypes (GT) for one sample");
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
   * Feeds header lines to the codec and remembers them (as fed), with their line numbers for messages.
   * Every line passes through {@link HeaderDialect} (which also presents VCFv4.4/4.5 as VCFv4.3).
   */
  private static final class HeaderIterator implements LineIterator {
    private final TextLines lines;
    private final HeaderDialect dialect;
    private final List<String> consumed = new ArrayList<>();
    private String peeked;
    private long lastLineNo;

    HeaderIterator(TextLines lines, HeaderDialect dialect) {
      this.lines = lines;
      this.dialect = dialect;
    }

    @Override
    public String peek() {
      if (peeked == null) {
        peeked = lines.readLine();
        lastLineNo = lines.lineNumber();
        if (peeked != null) {
          peeked = dialect.rewrite(peeked, lastLineNo);
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
