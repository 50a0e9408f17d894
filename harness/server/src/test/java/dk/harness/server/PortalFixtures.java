package dk.harness.server;

import dk.harness.registry.DemoPortal;
import dk.harness.registry.Round;
import dk.harness.simulate.CohortLayout;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Set-up steps the matrix, hostile and browser tests share: demo uploads, extra rounds, a finished run. */
final class PortalFixtures {
  private PortalFixtures() {
  }

  /** A demo unit's HG002 calls, index and pipeline spec as the three parts of an upload form. */
  static List<HttpSession.FilePart> demoFiles(TestPortal p, String unit) throws Exception {
    final Path vcf = p.demo.cohort().resolve(CohortLayout.queryVcf(unit, "HG002"));
    final byte[] spec;
    try (InputStream in = DemoPortal.spec(unit)) {
      spec = in.readAllBytes();
    }
    return List.of(HttpSession.FilePart.of("vcf", vcf),
        HttpSession.FilePart.of("index", vcf.resolveSibling(vcf.getFileName() + ".tbi")),
        new HttpSession.FilePart("spec", "unit-" + unit + ".yaml", spec));
  }

  /** Opens another round on the demo truth set, open for a week. */
  static Round openRound(TestPortal p, String id) throws Exception {
    final String truth = Files.readString(p.demo.cohort().resolve("truth-sets.yaml"));
    return p.registry.rounds().open("test", id, "Round " + id, java.time.Instant.now().plus(Duration.ofDays(7)),
        truth, p.demo.cohort(), p.demo.criteria());
  }

  /** Closes the demo round and runs it on the server (as the operator's button does), waiting for the end. */
  static Round runDemoRound(TestPortal p) throws Exception {
    p.registry.rounds().close("test", DemoPortal.ROUND);
    p.server.runner.start("test", DemoPortal.ROUND, java.time.Instant.now()).get(300, TimeUnit.SECONDS);
    final Round r = p.registry.rounds().require(DemoPortal.ROUND);
    if (!"done".equals(r.runState())) {
      throw new AssertionError("the demo round's run did not finish: " + r.runMessage() + "\n" + p.log);
    }
    return r;
  }
}
