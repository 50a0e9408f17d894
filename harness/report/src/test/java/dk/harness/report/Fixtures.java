package dk.harness.report;

import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.RegionSet;
import dk.harness.core.TooComplexRegion;
import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import dk.harness.testdata.SharedTestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built records and decisions for report tests (no engine involved). */
final class Fixtures {
  private Fixtures() {
  }

  /** A record of one contig; {@code alts} comma-separated, {@code gt} as in VCF. */
  static LoadedRecord rec(String contig, int id, int pos, String ref, String alts, String gt, double qual) {
    return rec(contig, id, pos, ref, alts, gt, qual, "PASS");
  }

  static LoadedRecord rec(String contig, int id, int pos, String ref, String alts, String gt, double qual,
      String filter) {
    final List<String> altList = alts.equals(".") ? List.of() : Arrays.asList(alts.split(","));
    final byte[][] alleles = new byte[altList.size() + 1][];
    alleles[0] = ref.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < altList.size(); i++) {
      final String a = altList.get(i);
      alleles[i + 1] = a.startsWith("<") || a.equals("*") ? null : a.getBytes(StandardCharsets.US_ASCII);
    }
    final boolean phased = gt.contains("|");
    final String[] parts = gt.split("[/|]");
    final int[] g = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      g[i] = parts[i].equals(".") ? -1 : Integer.parseInt(parts[i]);
    }
    final boolean pass = filter.equals("PASS") || filter.equals(".");
    final Variant v = new Variant(id, pos - 1, alleles, g, phased, pass, qual);
    return new LoadedRecord(contig, pos, ref, altList, filter, qual, gt, null, Double.NaN, -1, v);
  }

  static Decision dec(int id, Outcome o, MatchLevel level, int block) {
    return new Decision(id, o, level, block, -1);
  }

  /** Builder of one contig's outcome: records and their decisions side by side. */
  static final class ContigBuilder {
    private final String contig;
    private final List<LoadedRecord> truth = new ArrayList<>();
    private final List<Decision> truthDec = new ArrayList<>();
    private final List<LoadedRecord> query = new ArrayList<>();
    private final List<Decision> queryDec = new ArrayList<>();
    private final List<TooComplexRegion> tooComplex = new ArrayList<>();

    ContigBuilder(String contig) {
      this.contig = contig;
    }

    ContigBuilder truth(int pos, String ref, String alt, String gt, Outcome o, MatchLevel level, int block) {
      final int id = truth.size();
      truth.add(rec(contig, id, pos, ref, alt, gt, Double.NaN));
      truthDec.add(dec(id, o, level, block));
      return this;
    }

    ContigBuilder query(int pos, String ref, String alt, String gt, double qual, Outcome o, MatchLevel level,
        int block) {
      final int id = query.size();
      query.add(rec(contig, id, pos, ref, alt, gt, qual));
      queryDec.add(dec(id, o, level, block));
      return this;
    }

    ContigBuilder tooComplex(TooComplexRegion r) {
      tooComplex.add(r);
      return this;
    }

    ContigOutcome build() {
      return new ContigOutcome(contig, truth, query, new ContigResult(contig, truthDec, queryDec, tooComplex));
    }
  }

  static RegionSet regions(String contig, int... startEnd) {
    final RegionSet.Builder b = RegionSet.builder();
    for (int i = 0; i < startEnd.length; i += 2) {
      b.add(contig, startEnd[i], startEnd[i + 1]);
    }
    return b.build();
  }

  /** The shared real-data directory; skips the test when it is missing (the rule of {@link SharedTestData}). */
  static Path sharedData() {
    return SharedTestData.root();
  }
}
