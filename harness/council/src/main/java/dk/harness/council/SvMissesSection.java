package dk.harness.council;

import java.util.List;
import java.util.Locale;

/**
 * The SV drill-down of the HTML report: per unit, its largest false negatives and false positives by SV length
 * with IGV loci, the closest candidate Truvari found for each, and the comparison's parameters and warnings.
 * Stateless.
 */
final class SvMissesSection {
  /** Misses listed per side and unit. */
  static final int LARGEST = 10;

  private SvMissesSection() {
  }

  static void write(Html h, List<SvPart> parts, boolean multi) {
    h.el("h3", "Largest SV misses per unit").nl();
    h.el("p", "The " + LARGEST + " largest false negatives (truth SVs not found, from sv/fn.vcf.gz) and false "
        + "positives (calls without a truth SV, from sv/fp.vcf.gz) of each unit, by SV length. Loci are 1-based; "
        + "the IGV locus adds " + SvMiss.IGV_PAD + " bases, or a tenth of the SV's span when that is more, on "
        + "either side. Closest candidate: Truvari's annotations of the best match it considered (none: no call "
        + "of the other side within reach).", "class", "lead").nl();
    for (SvPart p : parts) {
      h.open("article", "class", "unit sv-unit").nl();
      h.open("h4").text(p.label(multi) + " ");
      if (p.gated()) {
        OverviewSection.badge(h, p.info().verdict());
      }
      h.close("h4").nl();
      if (!p.compared()) {
        h.el("p", "Not compared.", "class", "note").close("article").nl();
        continue;
      }
      final SvMisses m = SvMisses.read(p.folder(), LARGEST);
      h.el("p", String.format(Locale.ROOT, "%,d false negatives and %,d false positives.", m.fnCount(),
          m.fpCount())).nl();
      misses(h, "Largest false negatives", "sv-fn", m.fn());
      misses(h, "Largest false positives", "sv-fp", m.fp());
      h.el("p", "Parameters: " + SvSection.parameters(p) + ".", "class", "note").nl();
      if (!p.warnings().isEmpty()) {
        h.open("details").el("summary", p.warnings().size() + " warning(s) of the comparison").open("ul");
        p.warnings().forEach(w -> h.el("li", w));
        h.close("ul").close("details").nl();
      }
      h.close("article").nl();
    }
  }

  private static void misses(Html h, String title, String cls, List<SvMiss> list) {
    if (list.isEmpty()) {
      h.el("p", title + ": none.", "class", "note").nl();
      return;
    }
    h.open("div", "class", "scroll").open("table", "class", "plain sv-misses " + cls).open("caption").text(title)
        .close("caption").nl().open("thead").open("tr");
    for (String c : List.of("#", "Type", "Length (bp)", "Locus", "IGV locus", "ID", "GT", "Closest candidate")) {
      h.el("th", c, "scope", "col");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    int k = 1;
    for (SvMiss s : list) {
      h.open("tr").el("td", Integer.toString(k++), "class", "num").el("td", s.type())
          .el("td", "BND".equals(s.type()) ? "–" : String.format(Locale.ROOT, "%,d", s.size()), "class", "num",
              "data-v", Long.toString(s.size()))
          .el("td", s.locus(), "class", "mono").el("td", s.igvLocus(), "class", "mono")
          .el("td", s.id(), "class", "mono").el("td", s.gt(), "class", "mono")
          .el("td", s.closest() == null ? "none" : s.closest()).close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
  }
}
