package dk.harness.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

/**
 * Writes hap.py's ROC tables as gzip CSV with hap.py's extended columns: precision/recall at thresholds of the
 * query score (QQ). {@code roc.all} holds every extended row (QQ {@code *}) plus the threshold rows; the
 * {@code Locations.SNP|INDEL[.PASS]} files hold the threshold rows of one type and filter (Subtype and Subset
 * {@code *}). Filter ALL rows come from the ALL comparison, PASS rows from the PASS comparison, so the last
 * point of each curve meets the summary.
 *
 * <p>At threshold {@code t} a query record counts if its score is {@code >= t}, otherwise it is dropped; a
 * truth TP counts as TP if its score (the lowest score of the query TPs in its block) is {@code >= t},
 * otherwise as FN. Records without a score count only in the {@code *} row. Thresholds are the distinct query
 * scores, thinned as hap.py does: the lowest is kept, then each next one more than {@value #ROC_DELTA} above
 * the last kept. QQ is printed like hap.py ({@code %f}); rows are ordered {@code *} first, then by increasing
 * threshold (hap.py sorts QQ as text). hap.py also writes threshold rows per subtype and stratum; this sink
 * writes them for Subtype and Subset {@code *} only.
 *
 * <p>Memory: one {@code long} per counted record and comparison (the score distribution must be kept until
 * the end). Not thread-safe.
 */
public final class RocSink extends AnnotatingSink {
  /** hap.py's default {@code --roc-delta}. */
  public static final double ROC_DELTA = 0.5;

  private static final int CAT_TRUTH_TP = 0;
  private static final int CAT_TRUTH_FN = 1;
  private static final int CAT_QUERY_TP = 2;
  private static final int CAT_QUERY_FP = 3;
  private static final int CAT_QUERY_UNK = 4;

  private static final int F_TI = 1 << 5;
  private static final int F_TV = 1 << 6;
  private static final int F_HET = 1 << 7;
  private static final int F_HOMALT = 1 << 8;
  private static final int F_FPGT = 1 << 9;
  private static final int F_FPAL = 1 << 10;
  private static final int NAN_KEY = Integer.MIN_VALUE;

  private final Path all;
  private final Path snp;
  private final Path snpPass;
  private final Path indel;
  private final Path indelPass;
  private final StratifiedCounts counts;
  private long[] obs = new long[1 << 12];
  private int nObs;

  /**
   * @param all {@code roc.all.csv.gz}
   * @param snp {@code roc.Locations.SNP.csv.gz}
   * @param snpPass {@code roc.Locations.SNP.PASS.csv.gz}
   * @param indel {@code roc.Locations.INDEL.csv.gz}
   * @param indelPass {@code roc.Locations.INDEL.PASS.csv.gz}
   * @param context report context
   */
  public RocSink(Path all, Path snp, Path snpPass, Path indel, Path indelPass, ReportContext context) {
    this(all, snp, snpPass, indel, indelPass, context, StratifiedCounts.of(context));
  }

  /** @param counts counts with every stratum of {@code context}, possibly shared with other sinks */
  RocSink(Path all, Path snp, Path snpPass, Path indel, Path indelPass, ReportContext context,
      StratifiedCounts counts) {
    super(context);
    this.all = all;
    this.snp = snp;
    this.snpPass = snpPass;
    this.indel = indel;
    this.indelPass = indelPass;
    this.counts = counts;
  }

  @Override
  void onContig(AnnotatedContig allC, AnnotatedContig passC) {
    counts.add(allC, FilterKind.ALL);
    counts.add(passC, FilterKind.PASS);
    observe(allC, FilterKind.ALL);
    observe(passC, FilterKind.PASS);
  }

  private void observe(AnnotatedContig c, FilterKind filter) {
    for (Annotated a : c.truth()) {
      observe(a, filter);
    }
    for (Annotated a : c.query()) {
      observe(a, filter);
    }
  }

  private void observe(Annotated a, FilterKind filter) {
    if (!a.counted()) {
      return;
    }
    final Classified c = a.c();
    final int cat;
    if (c.truth()) {
      cat = c.verdict() == Verdict.TP ? CAT_TRUTH_TP : CAT_TRUTH_FN;
    } else {
      cat = switch (c.verdict()) {
        case TP -> CAT_QUERY_TP;
        case FP -> CAT_QUERY_FP;
        default -> CAT_QUERY_UNK;
      };
    }
    int low = cat | (filter == FilterKind.PASS ? 8 : 0) | (c.type() == VariantType.INDEL ? 16 : 0);
    final VariantFacts f = a.facts();
    low |= (f.ti() ? F_TI : 0) | (f.tv() ? F_TV : 0);
    low |= "het".equals(f.location()) ? F_HET : "homalt".equals(f.location()) ? F_HOMALT : 0;
    low |= (c.fpGt() ? F_FPGT : 0) | (c.fpAl() ? F_FPAL : 0);
    if (nObs == obs.length) {
      obs = Arrays.copyOf(obs, obs.length * 2);
    }
    obs[nObs++] = ((long) sortKey(a.rocScore()) << 32) | (low & 0xffffffffL);
  }

  /** An int whose signed order is the float order of the score; NaN sorts lowest. */
  private static int sortKey(double score) {
    if (Double.isNaN(score)) {
      return NAN_KEY;
    }
    final int bits = Float.floatToIntBits((float) score);
    final int key = bits ^ ((bits >> 31) & 0x7fffffff);
    return key == NAN_KEY ? NAN_KEY + 1 : key;
  }

  private static float fromKey(int key) {
    final int bits = key ^ ((key >> 31) & 0x7fffffff);
    return Float.intBitsToFloat(bits);
  }

  @Override
  public void finish() throws IOException {
    final long[] sorted = Arrays.copyOf(obs, nObs);
    // Two observations per record (ALL and PASS): ~17 M on a genome, sorted once at the very end. The common pool
    // sorts in parallel where it has more than one worker (machines with 3+ cores); longs sort the same either way.
    Arrays.parallelSort(sorted);
    final ExtendedFormat fmt = new ExtendedFormat(context, genomeSize());
    final List<RowKey> rows = counts.rows();
    // The four curves (SNP, INDEL x ALL, PASS) are independent and were a small run's longest serial phase, so
    // each is formatted and written on its own thread; roc.all takes their lines in the same order as before.
    final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
      final Thread t = new Thread(r, "harness-roc");
      t.setDaemon(true);
      return t;
    });
    try {
      final Map<RowKey, Future<List<String>>> curves = new HashMap<>();
      for (RowKey k : rows) {
        if (k.subtype().equals("*") && k.subset().equals("*")) {
          final Path p = k.type() == VariantType.SNP
              ? (k.filter() == FilterKind.ALL ? snp : snpPass)
              : (k.filter() == FilterKind.ALL ? indel : indelPass);
          final ExtendedFormat own = fmt.forAnotherThread();
          curves.put(k, pool.submit(() -> {
            final List<String> curve = curve(sorted, k, own);
            writeGz(p, curve);
            return curve;
          }));
        }
      }
      final List<String> allLines = new ArrayList<>();
      for (RowKey k : rows) {
        allLines.add(fmt.line(k, "*", counts.cell(k)));
        final Future<List<String>> curve = curves.get(k);
        if (curve != null) {
          allLines.addAll(TaskResults.await(curve, "the ROC tables"));
        }
      }
      writeGz(all, allLines);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<String> curve(long[] sorted, RowKey key, ExtendedFormat fmt) {
    final int want = (key.filter() == FilterKind.PASS ? 8 : 0) | (key.type() == VariantType.INDEL ? 16 : 0);
    final long[][] tot = new long[5][Cell.FIELDS];
    final List<Integer> levels = new ArrayList<>();
    float lastKept = Float.NaN;
    int lastKey = NAN_KEY;
    for (long o : sorted) {
      final int low = (int) o;
      if ((low & 24) != want) {
        continue;
      }
      addTo(tot, low);
      final int k = (int) (o >> 32);
      final int cat = low & 7;
      if (k == NAN_KEY || cat < CAT_QUERY_TP || k == lastKey) {
        continue;
      }
      lastKey = k;
      final float level = fromKey(k);
      if (levels.isEmpty() || level - lastKept > ROC_DELTA) {
        levels.add(k);
        lastKept = level;
      }
    }
    final long[][] run = new long[5][Cell.FIELDS];
    long runGt = 0;
    long runAl = 0;
    final String[] out = new String[levels.size()];
    int i = sorted.length - 1;
    for (int li = levels.size() - 1; li >= 0; li--) {
      final int levelKey = levels.get(li);
      while (i >= 0 && (int) (sorted[i] >> 32) >= levelKey) {
        final int low = (int) sorted[i];
        if ((low & 24) == want) {
          addTo(run, low);
          runGt += (low & F_FPGT) != 0 ? 1 : 0;
          runAl += (low & F_FPAL) != 0 ? 1 : 0;
        }
        i--;
      }
      final Cell c = new Cell();
      for (int f = 0; f < Cell.FIELDS; f++) {
        c.v[Cell.TRUTH_TOTAL][f] = tot[CAT_TRUTH_TP][f] + tot[CAT_TRUTH_FN][f];
        c.v[Cell.TRUTH_TP][f] = run[CAT_TRUTH_TP][f];
        c.v[Cell.TRUTH_FN][f] = tot[CAT_TRUTH_FN][f] + tot[CAT_TRUTH_TP][f] - run[CAT_TRUTH_TP][f];
        c.v[Cell.QUERY_TP][f] = run[CAT_QUERY_TP][f];
        c.v[Cell.QUERY_FP][f] = run[CAT_QUERY_FP][f];
        c.v[Cell.QUERY_UNK][f] = run[CAT_QUERY_UNK][f];
        c.v[Cell.QUERY_TOTAL][f] = run[CAT_QUERY_TP][f] + run[CAT_QUERY_FP][f] + run[CAT_QUERY_UNK][f];
      }
      c.fpGt = runGt;
      c.fpAl = runAl;
      out[li] = fmt.line(key, HappyFormat.cFixed(fromKey(levelKey)), c);
    }
    return List.of(out);
  }

  private static void addTo(long[][] acc, int low) {
    final long[] x = acc[low & 7];
    x[Cell.N]++;
    if ((low & F_TI) != 0) {
      x[Cell.TI]++;
    }
    if ((low & F_TV) != 0) {
      x[Cell.TV]++;
    }
    if ((low & F_HET) != 0) {
      x[Cell.HET]++;
    }
    if ((low & F_HOMALT) != 0) {
      x[Cell.HOMALT]++;
    }
  }

  private static void writeGz(Path p, List<String> lines) throws IOException {
    // The file is its own resource: on a full disk the gzip stream's close fails before it closes the file.
    try (OutputStream file = Files.newOutputStream(p);
        Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.UTF_8))) {
      w.write(ExtendedFormat.HEADER);
      w.write('\n');
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
  }
}
