package dk.harness.council;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last section of the HTML report (7, or 8 when the run has SV parts): where every number came from. Harness
 * versions, the plan and criteria with checksums, truth sets and reference with checksums, each unit's pipeline
 * spec, VCF, parameters and timings, and (when the run has them) each SV part's VCF, folder and parameters.
 * Times and timings are provenance: they differ between runs of the same inputs. Stateless.
 */
final class ProvenanceSection {
  private ProvenanceSection() {
  }

  /** @param number the section's number ("7", or "8" after the SV section) */
  static void write(Html h, ReportData d, String historyText, String number) {
    final RunInfo run = d.run().run();
    h.open("section", "id", "provenance").nl().el("h2", number + ". Provenance").nl();
    h.el("h3", "Run").nl();
    h.open("table", "class", "plain kv").open("tbody").nl();
    kv(h, "Run id", run.runId());
    kv(h, "Harness version of the run", run.harnessVersion());
    kv(h, "Harness version of this report", d.reportVersion());
    kv(h, "Started (provenance)", run.startedAt());
    kv(h, "Finished (provenance)", run.finishedAt());
    kv(h, "Exit code of the run", Integer.toString(run.exitCode()));
    kv(h, "Run folder", d.run().runDir().toString());
    kv(h, "History", historyText);
    kv(h, "Plan", file(run.plan()));
    kv(h, "Criteria", file(run.criteria()) + " — version " + orDash(run.criteriaVersion()) + ", effective "
        + orDash(run.criteriaEffectiveDate()));
    for (Map.Entry<String, String> e : run.parameters().entrySet()) {
      kv(h, "Parameter " + e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : run.host().entrySet()) {
      kv(h, "Host " + e.getKey().replace('_', ' '), e.getValue());
    }
    h.close("tbody").close("table").nl();
    if (run.planContent() != null) {
      h.open("details").el("summary", "The plan as run").el("pre", run.planContent()).close("details").nl();
    }
    h.el("p", "Intervals: 95% Jeffreys intervals (Brown, Cai and DasGupta 2001) of TRUTH.TP out of TRUTH.TP + "
        + "TRUTH.FN (recall) and QUERY.TP out of QUERY.TP + QUERY.FP (precision); F1's interval is F1 of the two "
        + "lower resp. upper ends, as the gates compute it.", "class", "note").nl();

    h.el("h3", "Truth sets and reference").nl();
    for (TruthSetInfo t : run.truthSets()) {
      h.open("h4").text(t.id() + " — version " + orDash(t.version())
          + (t.catalogueId() == null ? "" : ", catalogue " + t.catalogueId())).close("h4");
      h.open("table", "class", "plain files").open("thead").open("tr").el("th", "File").el("th", "Path")
          .el("th", "SHA-256").close("tr").close("thead").open("tbody");
      for (FileRef f : t.files()) {
        h.open("tr").el("th", f.role(), "scope", "row").el("td", orDash(f.path()), "class", "mono")
            .el("td", orDash(f.sha256()), "class", "mono sha").close("tr");
      }
      h.close("tbody").close("table").nl();
      h.el("p", "Sample " + orDash(t.sample()) + ", build " + orDash(t.build()) + ", "
          + (t.records() == null ? "not read" : String.format(Locale.ROOT, "%,d truth records", t.records()))
          + (t.loadSeconds() == null ? "" : String.format(Locale.ROOT, ", read in %.1f s", t.loadSeconds()))
          + (t.strata().isEmpty() ? "; no stratification." : "; strata: " + String.join(", ", t.strata()) + "."),
          "class", "note").nl();
    }

    h.el("h3", "Submissions").nl();
    h.open("div", "class", "scroll").open("table", "class", "plain subs").open("thead").open("tr");
    for (String c : List.of("Unit", "Sample", "Pipeline", "Spec", "Submitted VCF", "Sample column", "Score",
        "Target", "Timings (s)")) {
      h.el("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").nl();
    for (OverviewRow r : d.rows()) {
      final SubmissionInfo i = r.info();
      final SubmissionResult s = r.result();
      h.open("tr").el("th", i.unit(), "scope", "row").el("td", i.sample()).el("td", i.pipeline());
      h.el("td", i.spec() == null ? "– (name and version given in the plan)" : file(i.spec()), "class", "mono");
      h.open("td", "class", "mono").text(file(i.vcf()));
      if (!s.vcfHeader().isEmpty()) {
        h.open("ul", "class", "header-lines");
        s.vcfHeader().forEach(l -> h.el("li", l));
        h.close("ul");
      }
      h.close("td");
      h.el("td", sampleText(i, s));
      h.el("td", orDash(i.roc()));
      h.el("td", orDash(i.target()), "class", "mono");
      h.open("td").open("ul", "class", "timings");
      for (Map.Entry<String, Double> e : i.timings().entrySet()) {
        h.el("li", e.getKey().replace("_seconds", "").replace('_', ' ') + " "
            + String.format(Locale.ROOT, "%.2f", e.getValue()));
      }
      h.close("ul").close("td").close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
    if (!d.run().svParts().isEmpty()) {
      svParts(h, d.run().svParts());
    }
    for (OverviewRow r : d.rows()) {
      final SubmissionInfo i = r.info();
      if (i.specContent() != null) {
        h.open("details").el("summary", "Pipeline spec of " + i.key()).el("pre", i.specContent())
            .close("details").nl();
      }
    }
    h.close("section").nl();
  }

  /** The SV parts: what was compared, where the outputs are and with which parameters. */
  private static void svParts(Html h, List<SvPart> parts) {
    h.el("h3", "Structural-variant parts").nl();
    h.open("div", "class", "scroll").open("table", "class", "plain subs sv-subs").open("thead").open("tr");
    for (String c : List.of("Unit", "Sample", "Pipeline", "Submitted SV VCF", "Sample column", "Folder",
        "Parameters", "Timings (s)")) {
      h.el("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").nl();
    for (SvPart p : parts) {
      final SubmissionInfo i = p.info();
      h.open("tr").el("th", i.unit(), "scope", "row").el("td", i.sample()).el("td", i.pipeline())
          .el("td", file(i.vcf()), "class", "mono").el("td", orDash(i.vcfSample()))
          .el("td", i.folder(), "class", "mono").el("td", orDash(SvSection.parameters(p)), "class", "mono");
      h.open("td").open("ul", "class", "timings");
      for (Map.Entry<String, Double> e : i.timings().entrySet()) {
        h.el("li", e.getKey().replace("_seconds", "").replace('_', ' ') + " "
            + String.format(Locale.ROOT, "%.2f", e.getValue()));
      }
      h.close("ul").close("td").close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
  }

  private static String sampleText(SubmissionInfo i, SubmissionResult s) {
    final String used = s.querySample() != null ? s.querySample() : s.intake().get("sample");
    final StringBuilder sb = new StringBuilder(orDash(used));
    if (s.intake().containsKey("records")) {
      sb.append(" (").append(s.intake().get("records")).append(" records");
      if (s.intake().containsKey("filtered")) {
        sb.append(", ").append(s.intake().get("filtered")).append(" filtered");
      }
      sb.append(')');
    }
    if (i.vcfSample() != null && !i.vcfSample().equals(used)) {
      sb.append("; plan: ").append(i.vcfSample());
    }
    return sb.toString();
  }

  private static void kv(Html h, String k, String v) {
    h.open("tr").el("th", k, "scope", "row").el("td", orDash(v)).close("tr").nl();
  }

  static String file(FileRef f) {
    if (f == null) {
      return "–";
    }
    return orDash(f.path()) + (f.sha256() == null ? "" : " (sha256 " + f.sha256() + ")");
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "–" : s;
  }
}
