package dk.harness.workflow.shard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.compare.AtomicOutput;
import dk.harness.io.InputException;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.SubmissionPart;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The merge's side of SV units: checks their folders and puts each into the run as the part's {@code sv/} folder,
 * as {@code harness run} would have written it. {@code metrics.json}'s {@code harness_version} is set to the
 * merge's (written as {@code harness compare-sv} writes it: Jackson, indented); {@code params.json}'s
 * {@code output} is set by the runner for both (the run's final folder). So the folder is byte for byte the run's.
 * Stateless.
 */
final class ShardMergeSv {
  private ShardMergeSv() {
  }

  /** The SV unit of a part. */
  static WorkUnit unit(ShardPlan shards, SubmissionPart part) {
    return shards.unitsOf(part.submission().key()).stream().filter(u -> u.kind() == WorkUnit.Kind.SV).findFirst()
        .orElseThrow();
  }

  /** Unless the unit recorded an error: its folder is the one it wrote (size and checksum). */
  static void check(PlanSubmission s, ShardPlan shards, Path shardsFile, Path resultsDir,
      Map<Integer, UnitResult> results) throws IOException {
    for (WorkUnit u : shards.unitsOf(s.key())) {
      if (u.kind() != WorkUnit.Kind.SV) {
        continue;
      }
      final UnitResult r = results.get(u.index());
      if (r.submissionError() != null || r.truthError() != null || r.dataSha256() == null) {
        continue; // refused, or stopped by intake: nothing to copy
      }
      final Path folder = SvUnit.folder(resultsDir, u);
      if (!Files.isDirectory(folder) || SvUnit.size(folder) != r.dataSize()
          || !SvUnit.digest(folder).equals(r.dataSha256())) {
        throw new InputException(folder, -1, "the SV unit's folder is damaged (missing, or its size or checksum "
            + "differs from " + UnitResult.resultFile(resultsDir, u).getFileName() + ")", "run the unit again: "
            + "harness compare --shard " + shardsFile + ":" + u.index() + " --output " + resultsDir);
      }
    }
  }

  /**
   * Copies the unit's folder to {@code target} (which must not exist) all at once: into a hidden folder beside
   * it, then renamed.
   *
   * @throws InputException the error the unit recorded (truth set or submitted file), as the run would meet it
   */
  static void copy(UnitResult r, Path from, Path target, String harnessVersion) throws IOException {
    if (r.truthError() != null) {
      throw r.truthError();
    }
    if (r.submissionError() != null) {
      throw r.submissionError();
    }
    Files.createDirectories(target.getParent());
    final Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".harness-tmp-");
    boolean done = false;
    try {
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.sorted().toList()) {
          Files.copy(f, temp.resolve(f.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
      final ObjectMapper json = new ObjectMapper();
      final Path metrics = temp.resolve("metrics.json");
      if (Files.isRegularFile(metrics)) {
        final ObjectNode m = (ObjectNode) json.readTree(metrics.toFile());
        m.put("harness_version", harnessVersion);
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(metrics.toFile(), m);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target);
      }
      done = true;
    } finally {
      if (!done) {
        AtomicOutput.deleteTree(temp);
      }
    }
  }
}
