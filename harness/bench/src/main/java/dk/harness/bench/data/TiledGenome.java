package dk.harness.bench.data;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A whole-genome-scale benchmark input made by tiling the real HG002 chr21 data of {@code ../shared/data}: the
 * chr21 pseudo-reference is repeated as contigs {@code tile1..tileN} (48.1 Mbp each, so 62 tiles are 2.98 Gbp),
 * and the GIAB v4.2.1 truth, its confident BED and the three real callers' VCFs are copied onto every tile. So
 * the variant density, type mix, error profile and representation differences are those of real calls, and the
 * expected counts are exactly N times the chr21 counts.
 *
 * <p>The query of tile {@code t} comes from caller {@code (t - 1 + rotation) mod 3} (HaplotypeCaller, bcftools,
 * Strelka2), so one query mixes the callers' quirks (bcftools' redundant indel bases, Strelka2's filtered
 * records); {@code --queries K} writes K queries with rotations 0..K-1, for the one-truth-many-queries bench.
 *
 * <p>Writes, under {@code --out}: {@code ref.fa} + {@code .fai} (plain FASTA, 60 bases a line), {@code truth.vcf},
 * {@code query0.vcf}.., {@code confident.bed}, {@code strata/*.bed} and {@code strata.tsv} (see
 * {@link SyntheticStrata}), and {@code tiles.tsv} (what was written). The VCFs are plain text: the bench script
 * compresses them with {@code bgzip -@2} and indexes them with {@code tabix}. Deterministic: same sources and
 * arguments give the same bytes.
 *
 * <p>Usage: {@code java -cp harness-bench.jar dk.harness.bench.data.TiledGenome --tiles N --out DIR
 * [--shared ../shared/data] [--queries 1]}
 */
public final class TiledGenome {
  /** Bump when the output changes, so cached data sets are regenerated. */
  public static final String VERSION = "tiled-3";

  private static final String REF = "hg002-chr21-pseudoref/chr21.pseudo.fa.gz";
  private static final String TRUTH_DIR = "hg002-chr21-sarek/SV_testdata/hg37/truth/";
  private static final String TRUTH = TRUTH_DIR + "HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz";
  private static final String BED = TRUTH_DIR + "HG002_GRCh37_1_22_v4.2.1_highconf.chr21.bed";
  private static final String[] CALLERS = {
      "hg002-chr21-sarek/sarek/hg37/HG002.haplotypecaller.chr21.vcf.gz",
      "hg002-chr21-sarek/sarek/hg37/HG002.bcftools.chr21.vcf.gz",
      "hg002-chr21-sarek/sarek/hg37/HG002.strelka.variants.chr21.vcf.gz"};
  private static final String SOURCE_CONTIG = "21";
  private static final int LINE_BASES = 60;

  private final Path shared;
  private final int tiles;

  /**
   * @param shared the shared data folder
   * @param tiles number of copies of chr21, at least 1
   */
  public TiledGenome(Path shared, int tiles) {
    if (tiles < 1) {
      throw new IllegalArgumentException("--tiles must be at least 1 (got " + tiles + ")");
    }
    this.shared = shared;
    this.tiles = tiles;
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("--version")) {
      System.out.println(VERSION);
      return;
    }
    final Map<String, String> a = Cli.options(args, "tiles", "out", "shared", "queries");
    final int tiles = Integer.parseInt(Cli.required(a, "tiles"));
    final Path out = Path.of(Cli.required(a, "out"));
    final Path shared = Path.of(a.getOrDefault("shared", "../shared/data"));
    final int queries = Integer.parseInt(a.getOrDefault("queries", "1"));
    new TiledGenome(shared, tiles).write(out, queries);
  }

  /** Contig name of tile {@code t} (1-based). */
  static String tileName(int t) {
    return "tile" + t;
  }

  /**
   * Writes the data set.
   *
   * @param queries number of query VCFs (rotations), 1 to 3
   */
  public void write(Path out, int queries) throws IOException {
    if (queries < 1 || queries > CALLERS.length) {
      throw new IllegalArgumentException("--queries must be 1.." + CALLERS.length + " (got " + queries + ")");
    }
    Files.createDirectories(out.resolve("strata"));
    final long t0 = System.nanoTime();
    final byte[] body = fastaBody(shared.resolve(REF));
    final byte[] seq = stripNewlines(body);
    writeReference(out.resolve("ref.fa"), body, seq.length);

    final Vcf truth = Vcf.read(shared.resolve(TRUTH));
    writeVcf(out.resolve("truth.vcf"), truth.metaWithoutContigs(), truth.columnsLine, t -> truth);
    final List<String> bed = readLines(shared.resolve(BED));
    writeTiled(out.resolve("confident.bed"), bed);

    final Vcf[] callers = new Vcf[CALLERS.length];
    for (int i = 0; i < CALLERS.length; i++) {
      callers[i] = Vcf.read(shared.resolve(CALLERS[i]));
    }
    final List<String> meta = unionMeta(callers);
    final String columns = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tHG002";
    for (int q = 0; q < queries; q++) {
      final int rotation = q;
      writeVcf(out.resolve("query" + q + ".vcf"), meta, columns, t -> callers[(t - 1 + rotation) % CALLERS.length]);
    }

    final Map<String, int[]> strata = SyntheticStrata.compute(seq, truth.positions0());
    final StringBuilder tsv = new StringBuilder();
    for (Map.Entry<String, int[]> e : strata.entrySet()) {
      final String file = "strata/" + e.getKey() + ".bed";
      writeIntervals(out.resolve(file), e.getValue());
      tsv.append(e.getKey()).append('\t').append(file).append('\n');
    }
    Files.writeString(out.resolve("strata.tsv"), tsv.toString(), StandardCharsets.US_ASCII);

    final StringBuilder info = new StringBuilder();
    info.append("version\t").append(VERSION).append('\n');
    info.append("tiles\t").append(tiles).append('\n');
    info.append("tile_length\t").append(seq.length).append('\n');
    info.append("genome_length\t").append((long) seq.length * tiles).append('\n');
    info.append("truth_records\t").append((long) truth.records.size() * tiles).append('\n');
    for (int q = 0; q < queries; q++) {
      long n = 0;
      for (int t = 1; t <= tiles; t++) {
        n += callers[(t - 1 + q) % CALLERS.length].records.size();
      }
      info.append("query").append(q).append("_records\t").append(n).append('\n');
    }
    info.append("strata\t").append(strata.size()).append('\n');
    Files.writeString(out.resolve("tiles.tsv"), info.toString(), StandardCharsets.US_ASCII);
    System.err.printf(Locale.ROOT, "tiled %d x chr21 into %s in %.1f s%n", tiles, out, (System.nanoTime() - t0) / 1e9);
  }

  // ---- reference -------------------------------------------------------------------------------------------

  /** The bytes after the single header line of a one-contig FASTA (60 bases and a newline per line). */
  private static byte[] fastaBody(Path fa) throws IOException {
    final byte[] all;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(fa), 1 << 16)) {
      all = in.readAllBytes();
    }
    int nl = 0;
    while (all[nl] != '\n') {
      nl++;
    }
    final String header = new String(all, 1, nl, StandardCharsets.US_ASCII).strip();
    if (!header.equals(SOURCE_CONTIG) || all[all.length - 1] != '\n') {
      throw new IOException(fa + ": expected one contig '" + SOURCE_CONTIG + "' ending in a newline");
    }
    return java.util.Arrays.copyOfRange(all, nl + 1, all.length);
  }

  private static byte[] stripNewlines(byte[] body) {
    final byte[] out = new byte[body.length];
    int n = 0;
    for (byte b : body) {
      if (b != '\n') {
        out[n++] = b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private void writeReference(Path fa, byte[] body, int length) throws IOException {
    final StringBuilder fai = new StringBuilder();
    long offset = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fa), 1 << 20)) {
      for (int t = 1; t <= tiles; t++) {
        final byte[] header = (">" + tileName(t) + "\n").getBytes(StandardCharsets.US_ASCII);
        out.write(header);
        offset += header.length;
        fai.append(tileName(t)).append('\t').append(length).append('\t').append(offset).append('\t')
            .append(LINE_BASES).append('\t').append(LINE_BASES + 1).append('\n');
        out.write(body);
        offset += body.length;
      }
    }
    Files.writeString(fa.resolveSibling(fa.getFileName() + ".fai"), fai.toString(), StandardCharsets.US_ASCII);
  }

  // ---- VCFs and BEDs ----------------------------------------------------------------------------------------

  /** Which source VCF fills tile t. */
  private interface TileSource {
    Vcf of(int tile);
  }

  private void writeVcf(Path file, List<String> meta, String columns, TileSource source) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (String m : meta) {
        w.write(m);
        w.write('\n');
        if (m.startsWith("##fileformat")) {
          for (int t = 1; t <= tiles; t++) {
            w.write("##contig=<ID=" + tileName(t) + ",length=" + tileLength() + ">\n");
          }
        }
      }
      w.write(columns);
      w.write('\n');
      for (int t = 1; t <= tiles; t++) {
        final String name = tileName(t);
        for (String rest : source.of(t).records) {
          w.write(name);
          w.write(rest);
          w.write('\n');
        }
      }
    }
  }

  private int tileLengthCache = -1;

  private int tileLength() throws IOException {
    if (tileLengthCache < 0) {
      final String fai = Files.readString(shared.resolve(REF + ".fai"), StandardCharsets.US_ASCII);
      tileLengthCache = Integer.parseInt(fai.split("\t")[1]);
    }
    return tileLengthCache;
  }

  private void writeTiled(Path file, List<String> lines) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (int t = 1; t <= tiles; t++) {
        final String name = tileName(t);
        for (String l : lines) {
          final int tab = l.indexOf('\t');
          if (tab < 0 || !l.substring(0, tab).equals(SOURCE_CONTIG)) {
            continue;
          }
          w.write(name);
          w.write(l, tab, l.length() - tab);
          w.write('\n');
        }
      }
    }
  }

  private void writeIntervals(Path file, int[] intervals) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      for (int t = 1; t <= tiles; t++) {
        final String name = tileName(t);
        for (int i = 0; i < intervals.length; i += 2) {
          w.write(name);
          w.write('\t');
          w.write(Integer.toString(intervals[i]));
          w.write('\t');
          w.write(Integer.toString(intervals[i + 1]));
          w.write('\n');
        }
      }
    }
  }

  /**
   * The callers' meta lines merged: one {@code ##fileformat=VCFv4.2}, each INFO/FORMAT/FILTER/ALT ID once (first
   * caller wins), other lines once each; no {@code ##contig} lines (the tiles' are added).
   */
  private static List<String> unionMeta(Vcf[] vcfs) {
    final Set<String> out = new LinkedHashSet<>();
    out.add("##fileformat=VCFv4.2");
    final Set<String> ids = new LinkedHashSet<>();
    for (Vcf v : vcfs) {
      for (String m : v.metaWithoutContigs()) {
        if (m.startsWith("##fileformat")) {
          continue;
        }
        final int id = m.indexOf("<ID=");
        if (id > 0) {
          final int end = m.indexOf(',', id);
          final String key = m.substring(0, end < 0 ? m.length() : end);
          if (!ids.add(key)) {
            continue;
          }
        }
        out.add(m);
      }
    }
    return new ArrayList<>(out);
  }

  private static List<String> readLines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.US_ASCII);
  }

  /** A one-contig VCF held as text: meta lines, the column line, and each record without its CHROM. */
  private static final class Vcf {
    final List<String> meta = new ArrayList<>();
    String columnsLine;
    final List<String> records = new ArrayList<>();

    static Vcf read(Path file) throws IOException {
      final Vcf v = new Vcf();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
          Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII), 1 << 16)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("##")) {
            v.meta.add(line);
          } else if (line.startsWith("#")) {
            v.columnsLine = line;
          } else if (!line.isEmpty()) {
            final int tab = line.indexOf('\t');
            if (!line.substring(0, tab).equals(SOURCE_CONTIG)) {
              throw new IOException(file + ": record on contig other than " + SOURCE_CONTIG + ": " + line);
            }
            v.records.add(firstColumns(line.substring(tab), 9));
          }
        }
      }
      return v;
    }

    /** The first {@code n} tab-separated columns of a line that starts with a tab (the CHROM removed). */
    private static String firstColumns(String rest, int n) {
      int tabs = 0;
      for (int i = 0; i < rest.length(); i++) {
        if (rest.charAt(i) == '\t' && ++tabs > n) {
          return rest.substring(0, i);
        }
      }
      return rest;
    }

    List<String> metaWithoutContigs() {
      final List<String> out = new ArrayList<>();
      for (String m : meta) {
        if (!m.startsWith("##contig=")) {
          out.add(m);
        }
      }
      return out;
    }

    /** 0-based start of each record. */
    int[] positions0() {
      final int[] out = new int[records.size()];
      for (int i = 0; i < out.length; i++) {
        final String r = records.get(i);
        out[i] = Integer.parseInt(r.substring(1, r.indexOf('\t', 1))) - 1;
      }
      return out;
    }
  }

  /** Tiny {@code --key value} parser shared by the bench tools. */
  static final class Cli {
    private Cli() {
    }

    static Map<String, String> options(String[] args, String... known) {
      final Set<String> allowed = Set.of(known);
      final Map<String, String> out = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        final String k = args[i];
        if (!k.startsWith("--") || !allowed.contains(k.substring(2)) || i + 1 >= args.length) {
          throw new IllegalArgumentException("usage: options " + allowed + " each followed by a value (got '"
              + k + "')");
        }
        out.put(k.substring(2), args[++i]);
      }
      return out;
    }

    static String required(Map<String, String> opts, String key) {
      final String v = opts.get(key);
      if (v == null) {
        throw new IllegalArgumentException("missing --" + key);
      }
      return v;
    }
  }
}
