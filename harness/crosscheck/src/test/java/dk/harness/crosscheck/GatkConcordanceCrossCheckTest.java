package dk.harness.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.core.RegionSet;
import dk.harness.io.BedRegions;
import htsjdk.samtools.SAMSequenceDictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadinstitute.hellbender.tools.walkers.validation.Concordance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The harness's site-level TP/FP/FN (metrics.json {@code site_level.counts}, from a normal {@code harness compare}
 * run on the original files) must equal GATK 4.6.2.0's Concordance, run in-process, exactly, per SNP/INDEL row and
 * for ALL and PASS.
 *
 * <p>GATK's rules differ from the harness's in documented ways (docs/site-level.md, "GATK Concordance"); each is
 * applied to GATK's inputs rather than to the comparison, so that what GATK itself decides is checked on everything
 * else: multi-allelic records are split per ALT and right-trimmed with GATK's own
 * {@code GATKVariantContextUtils.trimAlleles} (GATK compares whole records and only the truth's first ALT); sites
 * the sample's genotype does not carry are dropped (GATK ignores genotypes); symbolic and {@code *} ALTs are
 * dropped; confident regions are applied with the harness's span rule instead of {@code -L}; filtered records are
 * dropped for PASS and unfiltered for ALL; and records at one position are ordered shared-first (GATK's pairing
 * at a position depends on record order). What each step touched is printed per dataset.
 */
class GatkConcordanceCrossCheckTest {

  static List<Dataset> datasets() {
    return Dataset.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void siteLevelCountsEqualGatkConcordance(Dataset d) throws Exception {
    final Path dir = Dataset.scratch("gatk-" + d.name());
    final JsonNode harness = HarnessSiteLevel.run(d.truth(), d.query(), d.reference(), d.confident(),
        dir.resolve("harness"));
    final SAMSequenceDictionary dict = SplitSites.dictionary(d.reference());
    final RegionSet confident = BedRegions.read(d.confident());
    final SplitSites.Effects te = new SplitSites.Effects();
    final SplitSites.Effects qe = new SplitSites.Effects();
    final List<SplitSites.Site> truth = SplitSites.read(d.truth(), te);
    final List<SplitSites.Site> query = SplitSites.read(d.query(), qe);
    final StringBuilder report = new StringBuilder(d.name()).append("\n  truth: ").append(te)
        .append("\n  query: ").append(qe);
    for (String filter : List.of("ALL", "PASS")) {
      final boolean pass = filter.equals("PASS");
      final List<SplitSites.Site> t = SplitSites.select(truth, confident, s -> s.called() && !(pass && s.filtered()));
      final List<SplitSites.Site> q = SplitSites.select(query, confident, s -> s.called() && !(pass && s.filtered()));
      final int multi = SplitSites.orderSharedFirst(t, q);
      final Path tv = dir.resolve("truth." + filter + ".vcf");
      final Path qv = dir.resolve("query." + filter + ".vcf");
      SplitSites.write(t, dict, "TRUTH", tv);
      SplitSites.write(q, dict, "QUERY", qv);
      final Map<String, long[]> gatk = concordance(tv, qv, dir.resolve("summary." + filter + ".tsv"));
      report.append(String.format(java.util.Locale.ROOT, "%n  %s: %d positions with several sites on a side;", filter,
          multi));
      for (String type : List.of("SNP", "INDEL")) {
        final JsonNode h = harness.get("counts").get(filter).get(type);
        final long[] g = gatk.get(type);
        report.append(String.format(java.util.Locale.ROOT, " %s TP/FP/FN GATK %d/%d/%d harness %d/%d/%d;", type,
            g[0], g[1], g[2], h.get("truth_tp").asLong(), h.get("query_fp").asLong(), h.get("truth_fn").asLong()));
        assertEquals(g[0], h.get("truth_tp").asLong(), d + " " + filter + " " + type + " TP (truth)");
        assertEquals(g[0], h.get("query_tp").asLong(), d + " " + filter + " " + type + " TP (query)");
        assertEquals(g[1], h.get("query_fp").asLong(), d + " " + filter + " " + type + " FP");
        assertEquals(g[2], h.get("truth_fn").asLong(), d + " " + filter + " " + type + " FN");
      }
    }
    System.out.println(report);
  }

  /** Runs GATK Concordance in-process; returns type to {TP, FP, FN} from its summary table. */
  static Map<String, long[]> concordance(Path truth, Path eval, Path summary) throws Exception {
    final Object result = new Concordance().instanceMain(new String[] {"--truth", truth.toString(), "--evaluation",
        eval.toString(), "--summary", summary.toString(), "--verbosity", "ERROR", "--QUIET", "true"});
    assertEquals("SUCCESS", String.valueOf(result), "GATK Concordance did not succeed");
    final List<String> lines = Files.readAllLines(summary).stream().filter(l -> !l.startsWith("#")).toList();
    final String[] header = lines.get(0).split("\t");
    final Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      col.put(header[i], i);
    }
    final Map<String, long[]> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      final String[] f = line.split("\t");
      out.put(f[col.get("type")], new long[] {Long.parseLong(f[col.get("TP")]),
          Long.parseLong(f[col.get("FP")]), Long.parseLong(f[col.get("FN")])});
    }
    assertEquals(2, out.size(), "expected SNP and INDEL rows in " + summary + ": " + lines);
    return out;
  }
}
