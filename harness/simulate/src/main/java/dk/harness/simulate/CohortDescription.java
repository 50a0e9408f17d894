package dk.harness.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@code cohort.json} tree. Stateless. */
final class CohortDescription {
  /** Format identifier; bump when fields change meaning. */
  static final String FORMAT = "harness-demo-cohort/1";

  private CohortDescription() {
  }

  static Map<String, Object> describe(SimulationConfig config, Cohort cohort, Counts[] truthStats,
      long[] confidentBases, long[] strataBases, long[][] callRecords, SvSimulator.Result sv) {
    final Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("generator", "harness simulate");
    root.put("seed", config.seed());
    root.put("config", configTree(config));
    final Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("fasta", CohortLayout.REFERENCE);
    reference.put("fai", CohortLayout.REFERENCE + ".fai");
    reference.put("bases", config.genomeLength());
    root.put("reference", reference);

    final Map<String, Object> strata = new LinkedHashMap<>();
    strata.put("tsv", CohortLayout.STRATA_TSV);
    final Map<String, Object> beds = new LinkedHashMap<>();
    for (int i = 0; i < StrataScanner.NAMES.size(); i++) {
      final Map<String, Object> bed = new LinkedHashMap<>();
      bed.put("bed", CohortLayout.stratumBed(StrataScanner.NAMES.get(i)));
      bed.put("bases", strataBases[i]);
      beds.put(StrataScanner.NAMES.get(i), bed);
    }
    strata.put("strata", beds);
    root.put("strata", strata);

    final List<Object> samples = new ArrayList<>();
    for (int s = 0; s < config.samples().size(); s++) {
      final String sample = config.samples().get(s);
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("sample", sample);
      m.put("truth", CohortLayout.truthVcf(sample));
      m.put("confident", CohortLayout.confidentBed(sample));
      m.put("confidentBases", confidentBases[s]);
      m.put("truthCounts", new LinkedHashMap<>(truthStats[s].snapshot()));
      if (sv != null) {
        // Added only with SVs, so a cohort without them is described exactly as before.
        m.put("svTruth", CohortLayout.svTruthVcf(sample));
        m.put("svBenchmark", CohortLayout.svBenchmarkBed(sample));
        m.put("svBenchmarkBases", sv.benchmarkBases()[s]);
        m.put("svTruthCounts", new LinkedHashMap<>(sv.truthCounts()[s].snapshot()));
      }
      samples.add(m);
    }
    root.put("samples", samples);

    final List<Object> units = new ArrayList<>();
    for (int u = 0; u < config.units().size(); u++) {
      final UnitProfile unit = config.units().get(u);
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("unit", unit.unitName());
      m.put("errorProfile", unit.description());
      m.put("rocScore", unit.rocScore().name());
      m.put("rates", ratesTree(ErrorProfile.of(unit)));
      if (sv != null) {
        m.put("svErrorProfile", unit.svDescription());
        m.put("svRates", svRatesTree(SvErrorProfile.of(unit)));
      }
      final List<Object> calls = new ArrayList<>();
      for (int s = 0; s < config.samples().size(); s++) {
        final String sample = config.samples().get(s);
        final Cohort.UnitCalls uc = cohort.calls(unit.unitName(), sample);
        final Map<String, Object> c = new LinkedHashMap<>();
        c.put("sample", sample);
        c.put("vcf", CohortLayout.queryVcf(unit.unitName(), sample));
        c.put("records", callRecords[u][s]);
        c.put("injected", new LinkedHashMap<>(uc.injected()));
        c.put("injectedConfident", new LinkedHashMap<>(uc.injectedConfident()));
        if (sv != null) {
          c.put("svVcf", CohortLayout.svQueryVcf(unit.unitName(), sample));
          c.put("svRecords", sv.records()[u][s]);
          c.put("svInjected", new LinkedHashMap<>(uc.svInjected()));
          c.put("svInjectedBenchmark", new LinkedHashMap<>(uc.svInjectedBenchmark()));
        }
        calls.add(c);
      }
      m.put("calls", calls);
      units.add(m);
    }
    root.put("units", units);
    return root;
  }

  private static Map<String, Object> configTree(SimulationConfig config) {
    final Map<String, Object> m = new LinkedHashMap<>();
    final List<Object> contigs = new ArrayList<>();
    for (ContigSpec c : config.contigs()) {
      final Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("name", c.name());
      cm.put("length", c.length());
      contigs.add(cm);
    }
    m.put("contigs", contigs);
    m.put("samples", new ArrayList<Object>(config.samples()));
    m.put("units", new ArrayList<Object>(config.units().stream().map(UnitProfile::unitName).toList()));
    final TruthMix mix = config.mix();
    final Map<String, Object> mm = new LinkedHashMap<>();
    mm.put("snvRate", mix.snvRate());
    mm.put("indelPerSnv", mix.indelPerSnv());
    mm.put("hetPerHom", mix.hetPerHom());
    mm.put("multiAllelicFraction", mix.multiAllelicFraction());
    mm.put("mnpFraction", mix.mnpFraction());
    mm.put("complexFraction", mix.complexFraction());
    mm.put("longIndelFraction", mix.longIndelFraction());
    mm.put("maxIndelLength", mix.maxIndelLength());
    mm.put("repeatIndelFraction", mix.repeatIndelFraction());
    mm.put("confidentFraction", mix.confidentFraction());
    m.put("mix", mm);
    final SvMix sv = config.svMix();
    if (sv.enabled()) {
      final Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("svPerMb", sv.svPerMb());
      sm.put("insertionFraction", sv.insertionFraction());
      sm.put("tandemDupFraction", sv.tandemDupFraction());
      sm.put("symbolicDupFraction", sv.symbolicDupFraction());
      sm.put("inversionFraction", sv.inversionFraction());
      sm.put("hetFraction", sv.hetFraction());
      sm.put("over50kbFraction", sv.over50kbFraction());
      sm.put("benchmarkFraction", sv.benchmarkFraction());
      m.put("svMix", sm);
    }
    m.put("blockSize", ReferenceGenerator.BLOCK_SIZE);
    return m;
  }

  private static Map<String, Object> ratesTree(ErrorProfile p) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("fnSnv", p.fnSnv());
    m.put("fnIndel", p.fnIndel());
    m.put("fnLongIndel", p.fnLongIndel());
    m.put("gtError", p.gtError());
    m.put("hpLengthError", p.hpLengthError());
    m.put("fpSnvPerMb", p.fpSnvPerMb());
    m.put("fpIndelPerMb", p.fpIndelPerMb());
    m.put("fpHomopolymerIndelPerMb", p.fpHomopolymerIndelPerMb());
    m.put("fpLowComplexitySnvPerMb", p.fpLowComplexitySnvPerMb());
    m.put("alternativeRepresentation", p.alternativeRepresentation());
    m.put("filtering", p.filtering().name());
    return m;
  }

  private static Map<String, Object> svRatesTree(SvErrorProfile p) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("missDel", p.missDel());
    m.put("missIns", p.missIns());
    m.put("missOther", p.missOther());
    m.put("farShift", p.farShift());
    m.put("sizeBeyond", p.sizeBeyond());
    m.put("dupAsDup", p.dupAsDup());
    m.put("nearShift", p.nearShift());
    m.put("sizeWithin", p.sizeWithin());
    m.put("symbolic", p.symbolic());
    m.put("symbolicMinSize", p.symbolicMinSize());
    m.put("gtError", p.gtError());
    m.put("falsePerMb", p.falsePerMb());
    return m;
  }
}
