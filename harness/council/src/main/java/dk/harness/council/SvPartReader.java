package dk.harness.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the SV parts of a run folder: {@code <unit>/<sample>/sv/metrics.json} (schema {@value #SCHEMA}) as
 * {@code harness compare-sv} writes it. Stateless apart from the JSON mapper.
 */
final class SvPartReader {
  static final String SCHEMA = "harness.sv-metrics/1";
  /** The SV part's folder name inside a submission folder. */
  static final String FOLDER = "sv";
  static final String METRICS = "metrics.json";

  private final ObjectMapper json;

  SvPartReader(ObjectMapper json) {
    this.json = json;
  }

  /**
   * An SV part named by run.json.
   *
   * @throws InputException if a compared part's metrics.json is missing or not of the schema
   */
  SvPart read(SubmissionInfo info, Path folder) {
    final Path metrics = folder.resolve(METRICS);
    if (!info.compared() && !Files.isRegularFile(metrics)) {
      return new SvPart(info, folder, List.of(), Map.of(), List.of());
    }
    return parse(info, folder, metrics);
  }

  /**
   * SV parts on disk that no run.json entry names (a run folder written before run.json recorded SV parts):
   * {@code <unit>/<sample>/sv/metrics.json}. They carry no verdict; pipeline and truth set come from the
   * small-variant entry of the same folder when there is one.
   */
  List<SvPart> unlisted(Path runDir, List<SubmissionResult> small, List<SvPart> listed) {
    final Set<Path> known = new HashSet<>();
    listed.forEach(p -> known.add(p.folder().toAbsolutePath().normalize()));
    final Path base = runDir.toAbsolutePath().normalize();
    final List<SvPart> out = new ArrayList<>();
    for (Path unit : dirs(base)) {
      for (Path sample : dirs(unit)) {
        final Path folder = sample.resolve(FOLDER);
        if (known.contains(folder) || !Files.isRegularFile(folder.resolve(METRICS))) {
          continue;
        }
        SubmissionInfo info = null;
        for (SubmissionResult s : small) {
          if (base.resolve(s.info().folder()).normalize().equals(sample)) {
            final SubmissionInfo i = s.info();
            info = new SubmissionInfo(i.unit(), i.sample(), base.relativize(folder).toString().replace('\\', '/'),
                "", i.pipelineName(), i.pipelineVersion(), i.spec(), i.specContent(), null, null,
                new FileRef("vcf", null, null), null, null, null, null, List.of(), null, Map.of());
          }
        }
        if (info == null) {
          info = new SubmissionInfo(unit.getFileName().toString(), sample.getFileName().toString(),
              base.relativize(folder).toString().replace('\\', '/'), "", null, null, null, null, null, null,
              new FileRef("vcf", null, null), null, null, null, null, List.of(), null, Map.of());
        }
        out.add(parse(info, folder, folder.resolve(METRICS)));
      }
    }
    return out;
  }

  private SvPart parse(SubmissionInfo info, Path folder, Path metrics) {
    if (!Files.isRegularFile(metrics)) {
      throw new InputException(metrics, -1, "the SV part's metrics file is missing",
          "pass an unmodified run folder written by 'harness run'");
    }
    final JsonNode root;
    try {
      root = json.readTree(metrics.toFile());
    } catch (IOException e) {
      throw new InputException(metrics, -1, "cannot read the SV metrics file (" + Text.oneLine(e.getMessage())
          + ")", "re-create it with harness compare-sv", e);
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new InputException(metrics, -1, "not a " + SCHEMA + " metrics file", "re-create it with harness "
          + "compare-sv");
    }
    final List<SvRow> rows = new ArrayList<>();
    for (JsonNode r : root.path("rows")) {
      for (String k : List.of("tp_base", "fn", "tp_comp", "fp")) {
        if (!r.path(k).canConvertToExactIntegral() || r.path(k).asLong() < 0) {
          throw new InputException(metrics, -1, "a row without a count '" + k + "'", "re-create it with harness "
              + "compare-sv");
        }
      }
      final JsonNode gt = r.path("tp_comp_gt_match");
      final Long gtMatch = gt.canConvertToExactIntegral() && gt.asLong() >= 0
          && gt.asLong() <= r.path("tp_comp").asLong() ? gt.asLong() : null;
      rows.add(new SvRow(r.path("stratum").asText(SvPart.ALL), r.path("type").asText(), r.path("size_bin").asText(),
          r.path("tp_base").asLong(), r.path("fn").asLong(), r.path("tp_comp").asLong(), r.path("fp").asLong(),
          gtMatch));
    }
    final Map<String, String> params = new LinkedHashMap<>();
    final Iterator<Map.Entry<String, JsonNode>> it = root.path("parameters").fields();
    while (it.hasNext()) {
      final Map.Entry<String, JsonNode> e = it.next();
      params.put(e.getKey(), e.getValue().isNull() ? "-" : e.getValue().asText());
    }
    final List<String> warnings = new ArrayList<>();
    root.path("warnings").forEach(w -> warnings.add(w.asText()));
    return new SvPart(info, folder, rows, params, warnings);
  }

  private static List<Path> dirs(Path dir) {
    final List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
      ds.forEach(p -> out.add(p.toAbsolutePath().normalize()));
    } catch (IOException e) {
      // An unreadable folder holds no SV part we could report.
    }
    out.sort(null);
    return out;
  }
}
