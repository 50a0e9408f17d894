package dk.harness.council;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Section 6 of the HTML report: per unit, its errors by kind and stratum and the largest groups of FN/FP records
 * with position, stratum, alleles and why they did not match, for a bioinformatician to open IGV at the right
 * place. Stateless.
 */
final class DrilldownSection {
  /** Groups listed per unit. */
  static final int GROUPS = 15;
  /** Alleles longer than this are shortened on screen (the full allele is in the tooltip). */
  private static final int ALLELE_CHARS = 24;
  private static final List<String> KINDS_FN = List.of("missed", "genotype", "allele");
  private static final List<String> KINDS_FP = List.of("false call", "genotype", "allele");

  private DrilldownSection() {
  }

  static void write(Html h, ReportData d) {
    h.open("section", "id", "drilldown").nl().el("h2", "6. Drill-down per unit").nl();
    h.el("p", "Where each unit's errors are, from the comparison of all calls in the confident regions. Kinds: "
        + "missed = no call near the truth variant; false call = no truth variant near the call; genotype = the "
        + "same alleles with another genotype (GA4GH match level am); allele = a call near by with other alleles "
        + "(level lm). Records in the same matching block, or within " + Drilldown.JOIN_BASES + " bases, form one "
        + "group; the largest groups are listed. Loci are 1-based; paste the IGV locus (the group with "
        + ErrorGroup.IGV_PAD + " bases either side) into IGV's search box.", "class", "lead").nl();
    final boolean multi = d.run().multiSample();
    boolean any = false;
    for (OverviewRow r : d.rows()) {
      final SubmissionResult s = r.result();
      if (s.counts() == null) {
        continue;
      }
      any = true;
      final Drilldown dd = Drilldown.read(Path.of(s.prefix() + ".vcf.gz"), GROUPS);
      unit(h, s, dd, multi);
    }
    if (!any) {
      h.el("p", "No submission of this run was compared.", "class", "note").nl();
    }
    h.close("section").nl();
  }

  private static void unit(Html h, SubmissionResult s, Drilldown dd, boolean multi) {
    h.open("article", "class", "unit").nl();
    h.open("h3").text(s.label(multi) + " ");
    OverviewSection.badge(h, s.info().verdict());
    h.close("h3").nl();
    h.el("p", String.format(Locale.ROOT, "%,d false negatives and %,d false positives in %,d groups.", dd.fn(),
        dd.fp(), dd.groupCount())
        + (s.tooComplexRecords() > 0 ? " " + s.tooComplexRecords() + " records lay in regions too complex to "
        + "decide and are counted nowhere (see metrics.json)." : "")
        + (s.representationGap() == null ? "" : " Written differently (PASS; errors at site level that match "
        + "haplotype-aware, not counted as errors here): " + s.representationGap().detail() + "."))
        .nl();
    h.open("div", "class", "side").nl();
    kinds(h, dd);
    strata(h, dd);
    h.close("div").nl();
    if (dd.groups().isEmpty()) {
      h.el("p", "No errors.", "class", "note").close("article").nl();
      return;
    }
    h.open("div", "class", "scroll").open("table", "class", "plain groups").nl().open("thead").open("tr");
    for (String c : List.of("#", "Locus", "IGV locus", "FN", "FP", "Strata", "Truth (REF>ALT GT)",
        "Query (REF>ALT GT)", "Why they did not match")) {
      h.el("th", c, "scope", "col");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    int k = 1;
    for (ErrorGroup g : dd.groups()) {
      h.open("tr").el("td", Integer.toString(k++), "class", "num").el("td", g.locus(), "class", "mono")
          .el("td", g.igvLocus(), "class", "mono").el("td", Integer.toString(g.fn()), "class", "num")
          .el("td", Integer.toString(g.fp()), "class", "num")
          .el("td", g.strata().isEmpty() ? "–" : String.join(", ", g.strata()));
      alleles(h, g, true);
      alleles(h, g, false);
      h.open("td").open("ul", "class", "why");
      g.why().forEach(w -> h.el("li", w));
      h.close("ul").close("td").close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
    h.close("article").nl();
  }

  private static void alleles(Html h, ErrorGroup g, boolean fn) {
    final List<ErrorCall> calls = new ArrayList<>();
    for (ErrorCall c : g.calls()) {
      if (c.fn() == fn) {
        calls.add(c);
      }
    }
    h.open("td", "class", "mono alleles");
    if (calls.isEmpty()) {
      h.text("–");
    }
    for (ErrorCall c : calls) {
      final String full = c.pos() + " " + c.allele() + " (" + c.type() + ", " + c.level() + ")";
      h.open("div", "title", full).text(c.pos() + " " + shorten(c.ref()) + ">" + shorten(c.alt()) + " " + c.gt())
          .close("div");
    }
    h.close("td");
  }

  private static String shorten(String allele) {
    return allele.length() <= ALLELE_CHARS ? allele
        : allele.substring(0, ALLELE_CHARS - 4) + "…(" + allele.length() + " bp)";
  }

  private static void kinds(Html h, Drilldown dd) {
    h.open("table", "class", "plain kinds").open("thead").open("tr").el("th", "").raw("<th colspan=\"3\" "
        + "class=\"group\">False negatives</th><th colspan=\"3\" class=\"group\">False positives</th>")
        .close("tr").open("tr").el("th", "Type", "scope", "col");
    KINDS_FN.forEach(x -> h.el("th", x, "scope", "col"));
    KINDS_FP.forEach(x -> h.el("th", x, "scope", "col"));
    h.close("tr").close("thead").open("tbody");
    for (String type : List.of("SNP", "INDEL")) {
      h.open("tr").el("th", "SNP".equals(type) ? "SNV" : "Indel", "scope", "row");
      for (String x : KINDS_FN) {
        h.el("td", Long.toString(dd.kinds().getOrDefault(type + " FN " + x, 0L)), "class", "num");
      }
      for (String x : KINDS_FP) {
        h.el("td", Long.toString(dd.kinds().getOrDefault(type + " FP " + x, 0L)), "class", "num");
      }
      h.close("tr");
    }
    h.close("tbody").close("table").nl();
  }

  private static void strata(Html h, Drilldown dd) {
    if (dd.strata().isEmpty()) {
      return;
    }
    h.open("table", "class", "plain kinds").open("thead").open("tr").el("th", "Stratum", "scope", "col")
        .el("th", "FN", "scope", "col").el("th", "FP", "scope", "col").close("tr").close("thead").open("tbody");
    for (Map.Entry<String, long[]> e : dd.strata().entrySet()) {
      h.open("tr").el("th", e.getKey(), "scope", "row").el("td", Long.toString(e.getValue()[0]), "class", "num")
          .el("td", Long.toString(e.getValue()[1]), "class", "num").close("tr");
    }
    h.close("tbody").close("table").nl();
  }
}
