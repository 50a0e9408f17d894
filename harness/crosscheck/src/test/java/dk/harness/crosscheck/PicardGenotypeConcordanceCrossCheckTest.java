package dk.harness.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.core.RegionSet;
import dk.harness.io.BedRegions;
import htsjdk.samtools.SAMSequenceDictionary;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picard.vcf.GenotypeConcordance;
import picard.vcf.GenotypeConcordanceCounts;
import picard.vcf.GenotypeConcordanceStates.CallState;
import picard.vcf.GenotypeConcordanceStates.TruthState;

/**
 * The harness's genotype concordance table (metrics.json {@code site_level.genotype_concordance}) must equal Picard
 * 3.4.0's GenotypeConcordance detail counts (GA4GH scheme), run in-process, cell by cell for SNP and INDEL, ALL
 * and PASS.
 *
 * <p>Picard's inputs are prepared as for GATK ({@link GatkConcordanceCrossCheckTest}), except that sites the genotype
 * does not carry stay (they give the HOM_REF and NO_CALL states). Picard pairs records by position, whatever their
 * alleles, leaves MNPs out of its table and rejects genotypes that are not diploid; the harness pairs by allele,
 * counts MNPs in the INDEL table and reads haploid genotypes. So positions where both sides have an allele the
 * other lacks, positions with an MNP and positions with a non-diploid genotype are taken out of both
 * runs (the harness is run again on the original VCFs without them); the number is printed per dataset.
 */
class PicardGenotypeConcordanceCrossCheckTest {
  private static final Map<String, TruthState> TRUTH = Map.of("hom_ref", TruthState.HOM_REF, "het",
      TruthState.HET_REF_VAR1, "hom_alt", TruthState.HOM_VAR1, "no_call", TruthState.NO_CALL, "missing",
      TruthState.MISSING);
  private static final Map<String, CallState> CALL = Map.of("hom_ref", CallState.HOM_REF, "het",
      CallState.HET_REF_VAR1, "hom_alt", CallState.HOM_VAR1, "no_call", CallState.NO_CALL, "missing",
      CallState.MISSING);

  static List<Dataset> datasets() {
    return Dataset.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void genotypeConcordanceTableEqualsPicard(Dataset d) throws Exception {
    final Path dir = Dataset.scratch("picard-" + d.name());
    final SAMSequenceDictionary dict = SplitSites.dictionary(d.reference());
    final RegionSet confident = BedRegions.read(d.confident());
    final SplitSites.Effects te = new SplitSites.Effects();
    final SplitSites.Effects qe = new SplitSites.Effects();
    final List<SplitSites.Site> truth = SplitSites.read(d.truth(), te);
    final List<SplitSites.Site> query = SplitSites.read(d.query(), qe);

    final Set<String> excluded = new LinkedHashSet<>();
    for (boolean pass : new boolean[] {false, true}) {
      excluded.addAll(SplitSites.picardIncomparable(
          SplitSites.select(truth, confident, s -> !(pass && s.filtered())),
          SplitSites.select(query, confident, s -> !(pass && s.filtered()))));
    }
    final Path truthKept = dir.resolve("truth.kept.vcf");
    final Path queryKept = dir.resolve("query.kept.vcf");
    SplitSites.writeWithout(d.truth(), excluded, truthKept);
    SplitSites.writeWithout(d.query(), excluded, queryKept);
    final JsonNode harness = HarnessSiteLevel.run(truthKept, queryKept, d.reference(), d.confident(),
        dir.resolve("harness"));

    final StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
        "%s: %d positions left out (alleles on both sides the other lacks, an MNP, or not diploid)", d.name(), excluded.size()));
    long compared = 0;
    for (String filter : List.of("ALL", "PASS")) {
      final boolean pass = filter.equals("PASS");
      final List<SplitSites.Site> t = SplitSites.select(truth, confident,
          s -> !(pass && s.filtered()) && !excluded.contains(s.contig() + ":" + s.pos()));
      final List<SplitSites.Site> q = SplitSites.select(query, confident,
          s -> !(pass && s.filtered()) && !excluded.contains(s.contig() + ":" + s.pos()));
      SplitSites.orderSharedFirst(t, q);
      final Path tv = dir.resolve("truth." + filter + ".vcf");
      final Path qv = dir.resolve("query." + filter + ".vcf");
      SplitSites.write(t, dict, "TRUTH", tv);
      SplitSites.write(q, dict, "QUERY", qv);
      final GenotypeConcordance picard = new GenotypeConcordance();
      final int rc = picard.instanceMain(new String[] {"--TRUTH_VCF", tv.toString(), "--CALL_VCF", qv.toString(),
          "--OUTPUT", dir.resolve("picard." + filter).toString(), "--VERBOSITY", "ERROR", "--QUIET", "true"});
      assertEquals(0, rc, "Picard GenotypeConcordance failed on " + d);
      for (String type : List.of("SNP", "INDEL")) {
        final GenotypeConcordanceCounts counts = type.equals("SNP") ? picard.getSnpCounter() : picard.getIndelCounter();
        final JsonNode table = harness.get("genotype_concordance").get(filter).get(type);
        long picardInMappedCells = 0;
        for (Map.Entry<String, TruthState> tr : TRUTH.entrySet()) {
          for (Map.Entry<String, CallState> ca : CALL.entrySet()) {
            final long p = counts.getCount(tr.getValue(), ca.getValue());
            final long h = table.get(tr.getKey()).get(ca.getKey()).asLong();
            assertEquals(p, h, d + " " + filter + " " + type + " truth " + tr.getKey() + " x query " + ca.getKey());
            picardInMappedCells += p;
            compared += h;
          }
        }
        // nothing may hide in Picard states the harness has no counterpart for (VC_FILTERED, HET_REF_VAR2, ...)
        long picardTotal = 0;
        for (TruthState ts : TruthState.values()) {
          for (CallState cs : CallState.values()) {
            picardTotal += counts.getCount(ts, cs);
          }
        }
        assertEquals(picardTotal, picardInMappedCells, d + " " + filter + " " + type
            + ": Picard counted sites in states outside the harness's table");
        report.append(String.format(Locale.ROOT, "; %s %s %d sites", filter, type, picardTotal));
      }
    }
    assertTrue(compared > 0, "nothing compared for " + d);
    System.out.println(report);
  }
}
