package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.Runner;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A submission whose pipeline name, version, VCF file name, VCF header and sample column carry HTML and
 * spreadsheet formulas, run through the real runner; then unit and sample names of the same kind written into
 * its run.json (the plan reader refuses such names, but the report must not rely on that). Every output stays
 * inert: the HTML shows the text and runs none of it, the Markdown renders it literally, the CSV holds no formula.
 */
class EscapingTest {
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"click\")";
  static final String IMG = "<img src=x onerror=alert(1)>";

  private static Path runDir;
  private static Path out;

  @BeforeAll
  static void hostileRun() throws Exception {
    final Fixture fx = Fixture.get();
    final Path dir = Fixture.scratch("escaping");
    // A copy of zealand's calls with a hostile file name, header line and sample column.
    final Path vcf = dir.resolve("calls " + SCRIPT.replace('/', '_') + ".vcf");
    final StringBuilder sb = new StringBuilder();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(fx.cohort.resolve("units/zealand/HG002.vcf.gz")))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#CHROM")) {
          sb.append("##source=").append(SCRIPT).append(' ').append(FORMULA).append('\n');
          line = line.replace("\tHG002", "\tHG002" + IMG);
        }
        sb.append(line).append('\n');
      }
    }
    Files.writeString(vcf, sb.toString());
    final Path criteria = dir.resolve("criteria.yaml");
    Files.writeString(criteria, Fixture.CRITERIA);
    final String plan = "plan_version: 1\nrun_id: hostile\nresults_dir: " + dir.resolve("results") + "\nthreads: 1\n"
        + "gates: " + criteria + "\ntruth_sets:\n  - id: hg002-sim\n    version: sim-1\n    sample: HG002\n"
        + "    vcf: " + fx.cohort.resolve("truth/HG002_truth.vcf.gz") + "\n"
        + "    confident: " + fx.cohort.resolve("truth/HG002_confident.bed") + "\n"
        + "    reference: " + fx.cohort.resolve("reference/demo.fa") + "\n"
        + "    stratification: " + fx.cohort.resolve("strata/strata.tsv") + "\n"
        + "submissions:\n  - unit: zealand\n    sample: HG002\n"
        + "    pipeline: {name: " + json(SCRIPT + IMG) + ", version: " + json(FORMULA) + "}\n"
        + "    truth_set: hg002-sim\n    vcf: " + json(vcf.toString()) + "\n    vcf_sample: " + json("HG002" + IMG)
        + "\n    roc: GQ\n"
        + "  - unit: north\n    sample: HG002\n    pipeline: {name: north, version: \"1\"}\n"
        + "    truth_set: hg002-sim\n    vcf: " + fx.cohort.resolve("units/north/HG002.vcf.gz") + "\n";
    final Path planFile = dir.resolve("plan.yaml");
    Files.writeString(planFile, plan);
    new Runner(RunOptions.of("test", new PrintWriter(new StringWriter(), true)).withQuiet(true))
        .run(new PlanReader(1).read(planFile));
    runDir = dir.resolve("results/hostile");
    // Names the plan reader would refuse, written straight into run.json.
    final ObjectMapper m = new ObjectMapper();
    final ObjectNode root = (ObjectNode) m.readTree(runDir.resolve("run.json").toFile());
    final ObjectNode north = (ObjectNode) root.get("submissions").get(1);
    north.put("unit", SCRIPT);
    north.put("sample", FORMULA);
    m.writeValue(runDir.resolve("run.json").toFile(), root);
    out = dir.resolve("out");
    for (CouncilReport.Format f : CouncilReport.Format.values()) {
      CouncilReport.write(runDir, null, f, f == CouncilReport.Format.MULTIQC ? out.resolve("mqc")
          : out.resolve("report." + f.name().toLowerCase()), "test");
    }
  }

  private static String json(String s) throws Exception {
    return new ObjectMapper().writeValueAsString(s);
  }

  @Test
  void theHostileTextReachedTheReports() throws Exception {
    final String csv = Files.readString(out.resolve("report.csv"));
    assertTrue(csv.contains("alert('x')"), "the unit name is in the CSV");
    assertTrue(csv.contains("HYPERLINK"), "the formula is in the CSV");
    final String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("onerror=alert(1)"), "the pipeline name / sample column is in the HTML");
  }

  @Test
  void htmlShowsItAsTextAndRunsNothing() throws Exception {
    final String raw = Files.readString(out.resolve("report.html"));
    final Document doc = Jsoup.parse(raw);
    assertEquals(1, doc.select("script").size(), "only the report's own script");
    assertTrue(doc.select("img, iframe, object, embed, link, base, form").isEmpty(), "no injected elements");
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + e.tagName());
      }
    }
    assertFalse(raw.contains(SCRIPT), "never raw");
    assertFalse(raw.contains(IMG));
    // Shown literally where a reader expects it: overview, charts (SVG text), provenance (VCF header line).
    assertTrue(doc.selectFirst("#overview-table").text().contains(SCRIPT), "unit name shown as text");
    assertTrue(doc.selectFirst("#overview-table").text().contains(SCRIPT + IMG + " " + FORMULA), "pipeline");
    // Chart labels are cut to 24 characters; what is left is text, escaped by JFreeSVG.
    assertTrue(doc.selectFirst("#spread-snp-recall").text().contains("<script>alert('x')"), "chart label");
    assertTrue(doc.selectFirst("#provenance").text().contains("##source=" + SCRIPT), "VCF header line");
    assertTrue(doc.selectFirst("#provenance").text().contains("HG002" + IMG), "sample column");
  }

  @Test
  void markdownRendersItLiterally() throws Exception {
    final String md = Files.readString(out.resolve("report.md"));
    assertFalse(Pattern.compile("(?<!\\\\)[<>\\[\\]()`|*_]").matcher(tableCells(md)).find(),
        "every special character in a cell is escaped");
    assertTrue(md.contains("\\<script\\>alert\\('x'\\)\\<\\/script\\>") || md.contains("\\<script\\>alert\\('x'\\)\\</script\\>"),
        "script tag escaped: " + md);
    assertFalse(md.contains("http://"), "no autolink");
    assertTrue(md.contains("\\=HYPERLINK\\(\"http\\://evil.example/\""), md);
  }

  /** The untrusted cells of the table (unit, sample, pipeline) joined, without the table's own bars. */
  private static String tableCells(String md) {
    final StringBuilder sb = new StringBuilder();
    for (String line : md.split("\n")) {
      if (line.startsWith("| ") && !line.startsWith("| Unit") && !line.startsWith("| **National")) {
        final String[] cells = line.substring(2).split(" (?<!\\\\)\\| ", -1);
        sb.append(cells[0]).append(cells[1]).append(cells[2]);
      }
    }
    return sb.toString();
  }

  @Test
  void csvHoldsNoFormula() throws Exception {
    final List<List<String>> rows = Csv.parse(Files.readString(out.resolve("report.csv")));
    int hostile = 0;
    for (List<String> row : rows) {
      for (String f : row) {
        if (!f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0) {
          Double.parseDouble(f); // only numbers (negative changes) may start like a formula
        }
        hostile += f.startsWith("'=HYPERLINK") ? 1 : 0;
      }
    }
    assertTrue(hostile >= 2, "the sample and pipeline version are kept as text with an apostrophe");
    assertEquals(3, rows.size(), "header and two rows: line breaks and commas inside fields stayed quoted");
  }

  @Test
  void multiqcFilesAreValidJson() throws Exception {
    for (String f : List.of(MultiqcFiles.STRATA, MultiqcFiles.PR_SNV, MultiqcFiles.PR_INDEL)) {
      final var root = new ObjectMapper().readTree(out.resolve("mqc").resolve(f).toFile());
      final List<String> names = new ArrayList<>();
      root.get("data").fieldNames().forEachRemaining(names::add);
      assertTrue(names.contains(SCRIPT + " | " + FORMULA), f + ": " + names);
    }
  }
}
