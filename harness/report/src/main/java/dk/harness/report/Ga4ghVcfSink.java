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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

  private final Path tbi;
  private final BlockCompressedOutputStream out;
  private final TabixIndexCreator indexer;
  private final Map<String, Integer> contigOrder = new HashMap<>();
  private int lastContigIndex = -1;
  private boolean finished;

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
    this.out = new BlockCompressedOutputStream(Files.newOutputStream(vcfGz), vcfGz, 6);
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
    for (Line l : lines(all)) {
      final long pointer = out.getFilePointer();
      out.write(l.text.getBytes(StandardCharsets.UTF_8));
      indexer.addFeature(new Span(contig, l.pos, l.pos + l.refLength - 1), pointer);
    }
  }

  private record Line(int pos, int refLength, int order, String text) {
  }

  /** A record's extent for the index (1-based, inclusive). */
  private record Span(String getContig, int getStart, int getEnd) implements Feature {
  }

  private List<Line> lines(AnnotatedContig c) {
    // pair truth and query records with identical POS/REF/ALT; first unused query record wins
    final Map<String, List<Integer>> queryByKey = new HashMap<>();
    for (int i = 0; i < c.query().size(); i++) {
      queryByKey.computeIfAbsent(key(c.query().get(i).c().record()), k -> new ArrayList<>()).add(i);
    }
    final boolean[] used = new boolean[c.query().size()];
    final List<Line> lines = new ArrayList<>(c.truth().size() + c.query().size());
    int order = 0;
    for (Annotated t : c.truth()) {
      final List<Integer> cand = queryByKey.get(key(t.c().record()));
      Annotated q = null;
      if (cand != null) {
        for (int i : cand) {
          if (!used[i]) {
            used[i] = true;
            q = c.query().get(i);
            break;
          }
        }
      }
      lines.add(line(c.contig(), t, q, order++));
    }
    for (int i = 0; i < c.query().size(); i++) {
      if (!used[i]) {
        lines.add(line(c.contig(), null, c.query().get(i), order++));
      }
    }
    lines.sort(Comparator.comparingInt(Line::pos).thenComparingInt(Line::order));
    return lines;
  }

  private static String key(LoadedRecord r) {
    return r.pos() + "\t" + r.ref() + "\t" + String.join(",", r.alts());
  }

  private Line line(String contig, Annotated t, Annotated q, int order) {
    final LoadedRecord r = (t != null ? t : q).c().record();
    final StringBuilder sb = new StringBuilder(200);
    sb.append(contig).append('\t').append(r.pos()).append("\t.\t").append(r.ref()).append('\t');
    sb.append(r.alts().isEmpty() ? "." : String.join(",", r.alts())).append('\t');
    sb.append(q == null ? "." : number(q.c().record().qual())).append("\t.\t");
    // INFO
    final List<String> info = new ArrayList<>(3);
    int block = -1;
    if (t != null && t.c().decision().reportedBlock() >= 0) {
      block = t.c().decision().reportedBlock();
    } else if (q != null && q.c().decision().reportedBlock() >= 0) {
      block = q.c().decision().reportedBlock();
    }
    if (block >= 0) {
      info.add("BS=" + (block + 1));
    }
    final TreeSet<String> regions = new TreeSet<>();
    boolean tooComplex = false;
    for (Annotated a : new Annotated[] {t, q}) {
      if (a == null) {
        continue;
      }
      if (context.confident() != null && a.c().confident()) {
        regions.add("CONF");
      }
      regions.addAll(a.strata());
      if (a.boundary().subset() != null) {
        regions.add(a.boundary().subset());
      }
      tooComplex |= a.c().verdict() == Verdict.TOO_COMPLEX;
    }
    if (!regions.isEmpty()) {
      info.add("Regions=" + String.join(",", regions));
    }
    if (tooComplex) {
      info.add("TooComplex");
    }
    sb.append(info.isEmpty() ? "." : String.join(";", info));
    sb.append("\tGT:BD:BK:BI:BVT:BLT:QQ\t");
    sb.append(t == null ? MISSING_SAMPLE : sample(t)).append('\t');
    sb.append(q == null ? MISSING_SAMPLE : sample(q)).append('\n');
    return new Line(r.pos(), r.ref().length(), order, sb.toString());
  }

  private static String sample(Annotated a) {
    final Classified c = a.c();
    final StringBuilder sb = new StringBuilder(48);
    sb.append(c.record().gt()).append(':').append(c.verdict().bd()).append(':');
    final Outcome o = c.decision().outcome();
    final MatchLevel level = c.decision().level();
    sb.append(CountingRules.decided(o) ? level.code() : ".").append(':');
    sb.append(a.facts().bi()).append(':');
    sb.append(bvt(a)).append(':').append(a.facts().location()).append(':');
    sb.append(number(a.rocScore()));
    return sb.toString();
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
    out.close();
    index.write(tbi);
  }

  @Override
  public void close() throws IOException {
    if (!finished) {
      finished = true;
      out.close();
    }
  }
}
