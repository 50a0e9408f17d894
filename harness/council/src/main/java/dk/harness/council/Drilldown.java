package dk.harness.council;

import dk.harness.io.InputException;
import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The errors of one submission, from its GA4GH intermediate VCF ({@code PREFIX.vcf.gz}, the ALL comparison): FN
 * truth records and FP query records in the confident regions, grouped by locus and ranked by size. Immutable.
 *
 * <p>Grouping: records are taken in VCF order; a record joins the current group when it lies in the same
 * matching block (INFO BS) as the group's last record, or starts within {@value #JOIN_BASES} bases of the
 * group's end; otherwise it starts a new group. Groups are ranked by their number of records (largest first),
 * then by position in the VCF.
 *
 * @param groups the largest groups, at most {@code limit} of {@link #read}
 * @param groupCount all groups
 * @param kinds error counts by kind: keys like {@code SNP FN missed}, values counts (sorted keys)
 * @param strata per stratum, {FN, FP} counts (sorted; records outside every stratum under {@code (none)})
 */
public record Drilldown(List<ErrorGroup> groups, int groupCount, Map<String, Long> kinds,
    Map<String, long[]> strata) {
  /** Records this close to a group (in bases) join it. */
  public static final int JOIN_BASES = 10;
  /** Regions of the GA4GH VCF that are not stratifications. */
  private static final List<String> NOT_STRATA = List.of("CONF", "TS_contained", "TS_boundary");

  public Drilldown {
    groups = List.copyOf(groups);
    kinds = java.util.Collections.unmodifiableMap(new TreeMap<>(kinds));
    strata = java.util.Collections.unmodifiableMap(new TreeMap<>(strata));
  }

  /** Total FN records. */
  public long fn() {
    return kinds.entrySet().stream().filter(e -> e.getKey().contains(" FN ")).mapToLong(Map.Entry::getValue).sum();
  }

  /** Total FP records. */
  public long fp() {
    return kinds.entrySet().stream().filter(e -> e.getKey().contains(" FP ")).mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * Reads a GA4GH VCF written by {@code harness compare}.
   *
   * @param vcf {@code PREFIX.vcf.gz}
   * @param limit how many of the largest groups to keep
   * @throws InputException if it is missing or not such a VCF
   */
  public static Drilldown read(Path vcf, int limit) {
    if (!Files.isRegularFile(vcf)) {
      throw new InputException(vcf, -1, "the GA4GH VCF of the comparison is missing",
          "pass an unmodified run folder written by 'harness run'");
    }
    final List<ErrorGroup> all = new ArrayList<>();
    final Map<String, Long> kinds = new TreeMap<>();
    final Map<String, long[]> strata = new TreeMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new BlockCompressedInputStream(Files.newInputStream(vcf)), StandardCharsets.UTF_8), 1 << 16)) {
      int truthCol = -1;
      int queryCol = -1;
      String line;
      long lineNo = 0;
      final List<ErrorCall> current = new ArrayList<>();
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("##")) {
          continue;
        }
        if (line.startsWith("#")) {
          final List<String> cols = Arrays.asList(line.split("\t", -1));
          truthCol = cols.indexOf("TRUTH");
          queryCol = cols.indexOf("QUERY");
          if (truthCol < 0 || queryCol < 0) {
            throw new InputException(vcf, lineNo, "no TRUTH and QUERY sample columns",
                "pass the GA4GH VCF written by 'harness compare'");
          }
          continue;
        }
        if (!line.contains(":FN:") && !line.contains(":FP:")) {
          continue; // most lines are TP or UNK: skip them without splitting
        }
        if (truthCol < 0) {
          throw new InputException(vcf, lineNo, "record before the #CHROM header line",
              "pass the GA4GH VCF written by 'harness compare'");
        }
        final String[] f = line.split("\t", -1);
        if (f.length <= Math.max(truthCol, queryCol)) {
          throw new InputException(vcf, lineNo, "expected " + (Math.max(truthCol, queryCol) + 1) + " columns, found "
              + f.length, "pass the GA4GH VCF written by 'harness compare'");
        }
        final String[] keys = f[8].split(":", -1);
        final long pos = parsePos(vcf, lineNo, f[1]);
        long block = -1;
        final List<String> regions = new ArrayList<>();
        for (String kv : f[7].split(";", -1)) {
          if (kv.startsWith("BS=")) {
            block = parsePos(vcf, lineNo, kv.substring(3));
          } else if (kv.startsWith("Regions=")) {
            for (String g : kv.substring(8).split(",", -1)) {
              if (!g.isEmpty() && !NOT_STRATA.contains(g)) {
                regions.add(g);
              }
            }
          }
        }
        for (int side = 0; side < 2; side++) {
          final boolean fn = side == 0;
          final Map<String, String> sample = fields(keys, f[fn ? truthCol : queryCol]);
          if (!(fn ? "FN" : "FP").equals(sample.get("BD"))) {
            continue;
          }
          final ErrorCall c = new ErrorCall(f[0], pos, f[3], f[4], fn, sample.getOrDefault("GT", "."),
              sample.getOrDefault("BK", "."), sample.getOrDefault("BVT", "."), sample.getOrDefault("QQ", "."), block,
              regions);
          if (!current.isEmpty() && !joins(current, c)) {
            all.add(new ErrorGroup(current.get(0).contig(), current));
            current.clear();
          }
          current.add(c);
          kinds.merge(c.type() + (fn ? " FN " : " FP ") + kind(c.level(), fn), 1L, Long::sum);
          for (String s : regions.isEmpty() ? List.of("(none)") : regions) {
            strata.computeIfAbsent(s, k -> new long[2])[fn ? 0 : 1]++;
          }
        }
      }
      if (!current.isEmpty()) {
        all.add(new ErrorGroup(current.get(0).contig(), current));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(vcf, -1, "cannot read the GA4GH VCF (" + Text.oneLine(e.getMessage()) + ")",
          "pass an unmodified run folder written by 'harness run'", e);
    }
    final List<ErrorGroup> ranked = new ArrayList<>(all);
    // Stable sort: equal sizes keep VCF order.
    ranked.sort(Comparator.comparingInt((ErrorGroup g) -> g.calls().size()).reversed());
    return new Drilldown(ranked.subList(0, Math.min(limit, ranked.size())), all.size(), kinds, strata);
  }

  private static boolean joins(List<ErrorCall> group, ErrorCall c) {
    final ErrorCall last = group.get(group.size() - 1);
    if (!last.contig().equals(c.contig())) {
      return false;
    }
    if (c.block() >= 0 && c.block() == last.block()) {
      return true;
    }
    long end = 0;
    for (ErrorCall g : group) {
      end = Math.max(end, g.end());
    }
    return c.pos() <= end + JOIN_BASES;
  }

  /** missed / genotype / allele: the three ways a record fails to match. */
  static String kind(String level, boolean fn) {
    return switch (level) {
      case "am" -> "genotype";
      case "lm" -> "allele";
      default -> fn ? "missed" : "false call";
    };
  }

  private static Map<String, String> fields(String[] keys, String sample) {
    final String[] v = sample.split(":", -1);
    final Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < keys.length && i < v.length; i++) {
      m.put(keys[i], v[i]);
    }
    return m;
  }

  private static long parsePos(Path vcf, long lineNo, String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new InputException(vcf, lineNo, "'" + s + "' is not a position",
          "pass the GA4GH VCF written by 'harness compare'");
    }
  }
}
