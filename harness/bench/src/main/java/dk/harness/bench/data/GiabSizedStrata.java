package dk.harness.bench.data;

import dk.harness.io.FastaReference;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.samtools.util.zip.DeflaterFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stratification set of GIAB's size and shape for benchmarks: about 150 strata in the families of the GIAB
 * v3.x stratifications (LowComplexity, GCcontent, Mappability, SegmentalDuplications, Functional, OtherDifficult,
 * Union with "notin" complements, XY, Ancestry, GenomeSpecific), written as bgzipped BEDs in one folder per
 * family with a stratification TSV. The sequence gives what it gives cheaply ({@link GiabSequenceStrata}); the
 * rest is pseudo-random with fixed seeds or follows the truth records ({@link GiabRandomStrata}). On the 62-tile
 * bench genome (2.98 Gbp) the set holds tens of millions of intervals. Deterministic: the same reference and
 * truth give the same bytes.
 *
 * <p>Streams: one contig is held at a time (its bases and its strata), so a whole genome fits in -Xmx3g; the
 * sequence strata of a contig identical to the previous one (the bench genome's tiles) are reused, not recomputed.
 *
 * <p>Usage: {@code java -cp harness-bench.jar dk.harness.bench.data.GiabSizedStrata --reference FA --truth VCF
 * --out DIR}: writes {@code DIR/<Family>/<name>.bed.gz}, {@code DIR/strata.tsv} ({@code name<TAB>path}, paths
 * relative to DIR) and {@code DIR/size.tsv} (strata, intervals, bytes). {@code --version} prints the version,
 * which changes whenever the output would.
 */
public final class GiabSizedStrata {
  /** Bump when the output changes, so cached sets are regenerated. */
  public static final String VERSION = "giab-sized-1";

  private static final int COMPRESSION = 6;

  private GiabSizedStrata() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("--version")) {
      System.out.println(VERSION);
      return;
    }
    final Map<String, String> a = TiledGenome.Cli.options(args, "reference", "truth", "out");
    final Path out = Path.of(TiledGenome.Cli.required(a, "out"));
    final Path reference = Path.of(TiledGenome.Cli.required(a, "reference"));
    final Path truth = Path.of(TiledGenome.Cli.required(a, "truth"));
    final long t0 = System.nanoTime();
    final Size size = write(reference, StrataFor.truthStarts(truth), out);
    System.err.printf(Locale.ROOT, "GiabSizedStrata: %d strata, %,d intervals, %,d bytes in %s in %.1f s%n",
        size.strata, size.intervals, size.bytes, out, (System.nanoTime() - t0) / 1e9);
  }

  /** What a set holds: its number of strata, of intervals (BED lines) and of bgzipped bytes. */
  record Size(int strata, long intervals, long bytes) {
  }

  /**
   * Writes the set for {@code reference} under {@code out}.
   *
   * @param truthStarts contig to the sorted 0-based starts of the truth records (contigs without any: none)
   */
  static Size write(Path reference, Map<String, int[]> truthStarts, Path out) throws IOException {
    Files.createDirectories(out);
    final Map<String, Bed> beds = new LinkedHashMap<>();
    long intervals = 0;
    try (FastaReference fasta = FastaReference.open(reference)) {
      final List<String> contigs = List.copyOf(fasta.contigLengths().keySet());
      byte[] previous = null;
      Map<String, int[]> previousStrata = null;
      for (int c = 0; c < contigs.size(); c++) {
        final String contig = contigs.get(c);
        final var ref = fasta.contig(contig);
        final byte[] seq = ref.bases(0, ref.length());
        final Map<String, int[]> sequence = Arrays.equals(seq, previous) ? previousStrata
            : GiabSequenceStrata.compute(seq);
        previous = seq;
        previousStrata = sequence;
        final Map<String, int[]> strata = new LinkedHashMap<>(sequence);
        strata.putAll(GiabRandomStrata.compute(c, contigs.size(), seq.length,
            truthStarts.getOrDefault(contig, new int[0]), sequence));
        if (c > 0 && !strata.keySet().equals(beds.keySet())) {
          throw new IllegalStateException("strata differ between contigs: " + strata.keySet());
        }
        final byte[] name = (contig + "\t").getBytes(StandardCharsets.US_ASCII);
        for (Map.Entry<String, int[]> e : strata.entrySet()) {
          Bed bed = beds.get(e.getKey());
          if (bed == null) {
            bed = new Bed(out.resolve(e.getKey() + ".bed.gz"));
            beds.put(e.getKey(), bed);
          }
          bed.write(name, e.getValue());
          intervals += e.getValue().length / 2;
        }
      }
    } finally {
      for (Bed b : beds.values()) {
        b.close();
      }
    }
    final StringBuilder tsv = new StringBuilder();
    long bytes = 0;
    for (String key : beds.keySet()) {
      tsv.append(key.substring(key.indexOf('/') + 1)).append('\t').append(key).append(".bed.gz\n");
      bytes += Files.size(out.resolve(key + ".bed.gz"));
    }
    Files.writeString(out.resolve("strata.tsv"), tsv.toString(), StandardCharsets.US_ASCII);
    final Size size = new Size(beds.size(), intervals, bytes);
    Files.writeString(out.resolve("size.tsv"), "strata\t" + size.strata + "\nintervals\t" + size.intervals
        + "\nbytes\t" + size.bytes + "\n", StandardCharsets.US_ASCII);
    return size;
  }

  /** One stratum's bgzipped BED, written contig by contig; lines formatted as bytes (tens of millions). */
  private static final class Bed implements AutoCloseable {
    private final OutputStream out;
    private final byte[] line = new byte[256];

    Bed(Path file) throws IOException {
      Files.createDirectories(file.getParent());
      out = new BlockCompressedOutputStream(file, COMPRESSION, new DeflaterFactory());
    }

    /** Writes {@code contigTab + start + TAB + end} lines. */
    void write(byte[] contigTab, int[] intervals) throws IOException {
      System.arraycopy(contigTab, 0, line, 0, contigTab.length);
      for (int i = 0; i < intervals.length; i += 2) {
        int p = contigTab.length;
        p = digits(intervals[i], p);
        line[p++] = '\t';
        p = digits(intervals[i + 1], p);
        line[p++] = '\n';
        out.write(line, 0, p);
      }
    }

    private int digits(int v, int at) {
      int len = 1;
      for (int t = v; t >= 10; t /= 10) {
        len++;
      }
      for (int k = at + len - 1; k >= at; k--) {
        line[k] = (byte) ('0' + v % 10);
        v /= 10;
      }
      return at + len;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
