package dk.harness.report;

import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.io.LoadedRecord;
import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.tribble.Feature;
import htsjdk.tribble.index.Index;
import htsjdk.tribble.index.tabix.TabixFormat;
import htsjdk.tribble.index.tabix.TabixIndexCreator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the GA4GH intermediate VCF (samples TRUTH and QUERY, FORMAT GT:BD:BK:BI:BVT:BLT:QQ, INFO BS,
 * Regions and TooComplex) as bgzip, indexing it with tabix on the fly; the index is written on
 * {@link #finish()}. Records come from the ALL comparison.
 *
 * <p>One line per truth record and per query record; a truth and a query record with identical POS, REF and
 * ALT share a line. Lines are sorted by position (stable: truth order, then unpaired query records). BD is the
 * verdict after confident regions (UNK outside; N for not-variant; UNK plus the TooComplex flag for undecided
 * records); BLT is hap.py's location type (het, homalt, hetalt, ...); QQ is the ROC score (a truth TP takes
 * the lowest score of the query TPs in its block). QUAL is the query's QUAL; FILTER is always {@code .}
 * (filter names are not declared in this header). Not thread-safe.
 */
public final class Ga4ghVcfSink extends AnnotatingSink {
  private static final String MISSING_SAMPLE = "./.:.:.:.:NOCALL:nocall:.";
  /**
   * zlib level of the bgzip blocks. Level 1 compresses about 3x faster than the usual 6 for files about 30%
   * larger (HG002 chr21: 43 vs 137 ms of CPU for 14 MB of text, 14.3% vs 11.1% of its size); on a whole genome
   * the output VCF is over a gigabyte of text, so this saves seconds per comparison.
   */
  static final int DEFLATE_LEVEL = 1;

  private final Path tbi;
  /**
   * The file under {@link #out}, closed on its own: when the disk is full the compressor's close fails on its
   * last flush before it closes the file, which would stay open (and its folder busy) after the failure.
   */
  private final OutputStream raw;
  private final BlockCompressedOutputStream out;
  private final TabixIndexCreator indexer;
  private final Map<String, Integer> contigOrder = new HashMap<>();
  private int lastContigIndex = -1;
  private boolean finished;
  private byte[] bytes = new byte[1024];
  private char[] chars = new char[1024];
  private final StringBuilder line = new StringBuilder(512);
  /** Names that can appear in INFO Regions: the strata (ids 0..n-1, context order), CONF, TS_boundary, TS_contained. */
  private final String[] regionNames;
  private final int confId;
  private final int boundaryId;
  private final int containedId;
  /** Region ids in the order of their names (String order). */
  private final int[] regionOrder;
  /** Scratch flags per region id for the line being built; all false between lines. */
  private final boolean[] regionPresent;

  /**
   * @param vcfGz bgzip output
   * @param tbi tabix index output
   * @param context report context (contigs for the header, confident regions, strata)
   * @throws IOException if the output cannot be opened
   */
  public Ga4ghVcfSink(Path vcfGz, Path tbi, ReportContext context) throws IOException {
    super(context);
    this.tbi = tbi;
    final SAMSequenceDictionary dict = new SAMSequenceDictionary();
    for (Map.Entry<String, Long> e : context.contigLengths().entrySet()) {
      contigOrder.put(e.getKey(), contigOrder.size());
      dict.addSequence(new SAMSequenceRecord(e.getKey(), (int) Math.min(Integer.MAX_VALUE, e.getValue())));
    }
    this.indexer = new TabixIndexCreator(dict, TabixFormat.VCF);
    final int strata = context.strata().size();
    regionNames = new String[strata + 3];
    for (int i = 0; i < strata; i++) {
      regionNames[i] = context.strata().get(i).name();
    }
    confId = strata;
    boundaryId = strata + 1;
    containedId = strata + 2;
    regionNames[confId] = "CONF";
    regionNames[boundaryId] = Annotated.Boundary.BOUNDARY.subset();
    regionNames[containedId] = Annotated.Boundary.CONTAINED.subset();
    final Integer[] order = new Integer[regionNames.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing(i -> regionNames[i]));
    regionOrder = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      regionOrder[i] = order[i];
    }
    regionPresent = new boolean[regionNames.length];
    this.raw = Files.newOutputStream(vcfGz);
    this.out = new BlockCompressedOutputStream(raw, vcfGz, DEFLATE_LEVEL);
    out.write(header(context).getBytes(StandardCharsets.UTF_8));
  }

  static String header(ReportContext context) {
    final StringBuilder sb = new StringBuilder(4096);
    sb.append("##fileformat=VCFv4.2\n");
    sb.append("##source=harness\n");
    for (Map.Entry<String, Long> e : context.contigLengths().entrySet()) {
      sb.append("##contig=<ID=").append(e.getKey()).append(",length=").append(e.getValue()).append(">\n");
    }
    sb.append("##INFO=<ID=BS,Number=1,Type=Integer,Description=\"Benchmarking superlocus: 1-based position of"
        + " the start of the block the records were matched in\">\n");
    sb.append("##INFO=<ID=Regions,Number=.,Type=String,Description=\"Regions the record overlaps: CONF"
        + " (confident), stratification names, TS_contained / TS_boundary (block inside / across the confident"
        + " boundary)\">\n");
    sb.append("##INFO=<ID=TooComplex,Number=0,Type=Flag,Description=\"Record lies in a region too complex to"
        + " decide; not counted as TP/FP/FN/UNK\">\n");
    sb.append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
    sb.append("##FORMAT=<ID=BD,Number=1,Type=String,Description=\"Decision for call (TP/FP/FN/UNK/N)\">\n");
    sb.append("##FORMAT=<ID=BK,Number=1,Type=String,Description=\"Sub-type for decision (match/mismatch type:"
        + " gm/am/lm)\">\n");
    sb.append("##FORMAT=<ID=BI,Number=1,Type=String,Description=\"Additional comparison information (ti/tv,"
        + " indel length class)\">\n");
    sb.append("##FORMAT=<ID=BVT,Number=1,Type=String,Description=\"High-level variant type"
        + " (SNP|INDEL|NOCALL|HOMREF|UNK)\">\n");
    sb.append("##FORMAT=<ID=BLT,Number=1,Type=String,Description=\"High-level location type"
        + " (het|homref|hetalt|homalt|hemi|halfcall|nocall)\">\n");
    sb.append("##FORMAT=<ID=QQ,Number=1,Type=Float,Description=\"Variant quality for ROC creation\">\n");
    sb.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTRUTH\tQUERY\n");
    return sb.toString();
  }

  @Override
  void onContig(AnnotatedContig all, AnnotatedContig pass) throws IOException {
    final String contig = all.contig();
    if (all.truth().isEmpty() && all.query().isEmpty()) {
      return;
    }
    final Integer idx = contigOrder.get(contig);
    if (idx == null) {
      throw new IllegalArgumentException("contig " + contig + " has records but is not among the reference"
          + " contigs given for the output VCF header; use a reference that contains it");
    }
    if (idx < lastContigIndex) {
      throw new IllegalArgumentException("contig " + contig + " comes after a later reference contig; feed"
          + " contigs in reference order");
    }
    lastContigIndex = idx;
    // Pair truth and query records with identical POS/REF/ALT (the first unused query record wins), then write
    // one line per pair or unpaired record in POS order, ties in truth order then unpaired query order.
    final List<Annotated> truth = all.truth();
    final List<Annotated> query = all.query();
    final Annotated[] lineTruth = new Annotated[truth.size() + query.size()];
    final Annotated[] lineQuery = new Annotated[lineTruth.length];
    final long[] keys = new long[lineTruth.length];
    final boolean[] used = new boolean[query.size()];
    int order = 0;
    int qFrom = 0;
    // Both sides normally come sorted by POS: then the candidates of a truth record are the query records at
    // its POS.
    final boolean sorted = sortedByPos(truth) && sortedByPos(query);
    for (Annotated t : truth) {
      final LoadedRecord tr = t.c().record();
      Annotated q = null;
      if (sorted) {
        while (qFrom < query.size() && query.get(qFrom).c().record().pos() < tr.pos()) {
          qFrom++;
        }
        for (int i = qFrom; i < query.size() && query.get(i).c().record().pos() == tr.pos(); i++) {
          if (!used[i] && sameAlleles(tr, query.get(i).c().record())) {
            used[i] = true;
            q = query.get(i);
            break;
          }
        }
      } else {
        for (int i = 0; i < query.size(); i++) {
          final LoadedRecord qr = query.get(i).c().record();
          if (!used[i] && qr.pos() == tr.pos() && sameAlleles(tr, qr)) {
            used[i] = true;
            q = query.get(i);
            break;
          }
        }
      }
      lineTruth[order] = t;
      lineQuery[order] = q;
      keys[order] = (long) tr.pos() << 32 | order;
      order++;
    }
    for (int i = 0; i < query.size(); i++) {
      if (!used[i]) {
        lineQuery[order] = query.get(i);
        keys[order] = (long) query.get(i).c().record().pos() << 32 | order;
        order++;
      }
    }
    final long[] sortedKeys = Arrays.copyOf(keys, order);
    Arrays.sort(sortedKeys);
    for (long key : sortedKeys) {
      final int o = (int) key;
      final Annotated t = lineTruth[o];
      final Annotated q = lineQuery[o];
      final LoadedRecord r = (t != null ? t : q).c().record();
      line.setLength(0);
      line(line, contig, t, q);
      final long pointer = out.getFilePointer();
      write(line);
      indexer.addFeature(new Span(contig, r.pos(), r.pos() + r.ref().length() - 1), pointer);
    }
  }

  /** Writes the text as bytes: ASCII char by char (VCF text is ASCII), anything else as UTF-8. */
  private void write(StringBuilder text) throws IOException {
    final int n = text.length();
    if (bytes.length < n) {
      bytes = new byte[Math.max(n, bytes.length * 2)];
      chars = new char[bytes.length];
    }
    // One bulk copy out of the builder, then a loop without calls or early exit, which the JIT can unroll: with
    // a GIAB-sized set of 150 strata, a line's Regions field alone is often a kilobyte, and charAt per char was 6%
    // of a whole comparison's CPU.
    text.getChars(0, n, chars, 0);
    int all = 0;
    for (int i = 0; i < n; i++) {
      final char ch = chars[i];
      bytes[i] = (byte) ch;
      all |= ch;
    }
    if (all < 0x80) {
      out.write(bytes, 0, n);
    } else {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A record's extent for the index (1-based, inclusive). */
  private record Span(String getContig, int getStart, int getEnd) implements Feature {
  }

  private static boolean sortedByPos(List<Annotated> records) {
    for (int i = 1; i < records.size(); i++) {
      if (records.get(i - 1).c().record().pos() > records.get(i).c().record().pos()) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameAlleles(LoadedRecord a, LoadedRecord b) {
    return a.ref().equals(b.ref()) && a.alts().equals(b.alts());
  }

  /** Appends the line of a truth record and/or a query record (one may be null) to {@code sb}. */
  private void line(StringBuilder sb, String contig, Annotated t, Annotated q) {
    final LoadedRecord r = (t != null ? t : q).c().record();
    sb.append(contig).append('\t').append(r.pos()).append("\t.\t").append(r.ref()).append('\t');
    if (r.alts().isEmpty()) {
      sb.append('.');
    } else {
      for (int i = 0; i < r.alts().size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(r.alts().get(i));
      }
    }
    sb.append('\t');
    sb.append(q == null ? "." : number(q.c().record().qual())).append("\t.\t");
    // INFO
    final int infoStart = sb.length();
    int block = -1;
    if (t != null && t.c().decision().reportedBlock() >= 0) {
      block = t.c().decision().reportedBlock();
    } else if (q != null && q.c().decision().reportedBlock() >= 0) {
      block = q.c().decision().reportedBlock();
    }
    if (block >= 0) {
      sb.append("BS=").append(block + 1);
    }
    boolean tooComplex = false;
    boolean anyRegion = false;
    for (Annotated a : new Annotated[] {t, q}) {
      if (a == null) {
        continue;
      }
      if (context.confident() != null && a.c().confident()) {
        regionPresent[confId] = true;
        anyRegion = true;
      }
      for (int s : a.strata()) {
        regionPresent[s] = true;
        anyRegion = true;
      }
      final Annotated.Boundary b = a.boundary();
      if (b != Annotated.Boundary.NONE) {
        regionPresent[b == Annotated.Boundary.BOUNDARY ? boundaryId : containedId] = true;
        anyRegion = true;
      }
      tooComplex |= a.c().verdict() == Verdict.TOO_COMPLEX;
    }
    if (anyRegion) {
      // Region names sorted as strings (as a TreeSet of the names would give).
      sb.append(sb.length() > infoStart ? ";Regions=" : "Regions=");
      boolean first = true;
      for (int id : regionOrder) {
        if (regionPresent[id]) {
          regionPresent[id] = false;
          if (!first) {
            sb.append(',');
          }
          sb.append(regionNames[id]);
          first = false;
        }
      }
    }
    if (tooComplex) {
      sb.append(sb.length() > infoStart ? ";TooComplex" : "TooComplex");
    }
    if (sb.length() == infoStart) {
      sb.append('.');
    }
    sb.append("\tGT:BD:BK:BI:BVT:BLT:QQ\t");
    if (t == null) {
      sb.append(MISSING_SAMPLE);
    } else {
      sample(sb, t);
    }
    sb.append('\t');
    if (q == null) {
      sb.append(MISSING_SAMPLE);
    } else {
      sample(sb, q);
    }
    sb.append('\n');
  }

  private static void sample(StringBuilder sb, Annotated a) {
    final Classified c = a.c();
    sb.append(c.record().gt()).append(':').append(c.verdict().bd()).append(':');
    final Outcome o = c.decision().outcome();
    final MatchLevel level = c.decision().level();
    sb.append(CountingRules.decided(o) ? level.code() : ".").append(':');
    sb.append(a.facts().bi()).append(':');
    sb.append(bvt(a)).append(':').append(a.facts().location()).append(':');
    sb.append(number(a.rocScore()));
  }

  private static String bvt(Annotated a) {
    final String loc = a.facts().location();
    if ("nocall".equals(loc)) {
      return "NOCALL";
    }
    if ("homref".equals(loc)) {
      return "HOMREF";
    }
    if (!a.c().record().variant().isVariant()) {
      return "UNK";
    }
    return a.c().type().name();
  }

  /** A VCF number: {@code .} if NaN or infinite, integral values without a fraction, else shortest round-trip. */
  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return ".";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return HappyFormat.pyRepr(d);
  }

  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    final Index index = indexer.finalizeIndex(out.getFilePointer());
    try {
      out.close();
    } finally {
      raw.close();
    }
    index.write(tbi);
  }

  @Override
  public void close() throws IOException {
    try {
      if (!finished) {
        finished = true;
        out.close();
      }
    } finally {
      raw.close();
    }
  }
}
