package dk.harness.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.simulate.CohortLayout;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.plan.PlanSubmission;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions, rounds and plans on a small simulated demo cohort (no shared data needed). */
class RegistrySubmissionsTest {
  @TempDir
  Path dir;
  private TestClock clock;
  private Registry reg;
  private DemoPortal.Setup demo;

  @BeforeEach
  void setUp() throws Exception {
    clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    reg = Registry.open(dir, clock);
    reg.accounts().useSecrets(new Secrets(4));
    demo = DemoPortal.create(reg, 7, 20_000, false);
  }

  @AfterEach
  void tearDown() {
    reg.close();
  }

  private User unit(String name) {
    return reg.accounts().user(name + "-user").orElseThrow();
  }

  private Upload demoUpload(String unit) {
    return DemoPortal.upload(demo.cohort(), unit, "HG002");
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void anAcceptedSubmissionIsStoredByContentReadOnlyAndChecked() throws Exception {
    final SubmissionRecord s = reg.submissions().submit(unit("north"), demoUpload("north"), 1L << 30);
    assertTrue(s.accepted(), s.resultJson());
    assertEquals(1, s.version());
    assertEquals("north", s.unit());
    final byte[] uploaded = Files.readAllBytes(demo.cohort().resolve(CohortLayout.queryVcf("north", "HG002")));
    assertEquals(sha256(uploaded), s.vcfSha256());
    final Path blob = reg.blobs().path(s.vcfSha256());
    assertArrayEquals(uploaded, Files.readAllBytes(blob));
    assertFalse(Files.getPosixFilePermissions(blob).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
        "blobs are read-only");
    final Submissions.Stored f = reg.submissions().files(s);
    assertEquals("calls.vcf.gz", f.vcf().getFileName().toString());
    assertEquals("calls.vcf.gz.tbi", f.index().getFileName().toString());
    final JsonNode json = new ObjectMapper().readTree(s.resultJson());
    assertTrue(json.get("accepted").asBoolean());
    assertTrue(json.get("records").asLong() > 0, "intake counted the records");
    assertFalse(s.resultJson().contains(dir.toString()), "no server path reaches the unit: " + s.resultJson());
    assertEquals("upload", reg.audit().latest(1).get(0).action());
  }

  @Test
  void reSubmissionIsANewVersionAndTheFirstStaysAsItWas() throws Exception {
    final SubmissionRecord first = reg.submissions().submit(unit("north"), demoUpload("north"), 1L << 30);
    final byte[] before = Files.readAllBytes(reg.submissions().files(first).vcf());
    final Upload other = new Upload(DemoPortal.ROUND, "HG002", null, null, "x.vcf.gz",
        () -> Files.newInputStream(demo.cohort().resolve(CohortLayout.queryVcf("south", "HG002"))),
        () -> Files.newInputStream(demo.cohort().resolve(CohortLayout.queryVcf("south", "HG002") + ".tbi")),
        () -> DemoPortal.spec("north"));
    final SubmissionRecord second = reg.submissions().submit(unit("north"), other, 1L << 30);
    assertEquals(2, second.version());
    assertNotEquals(first.vcfSha256(), second.vcfSha256());
    assertArrayEquals(before, Files.readAllBytes(reg.submissions().files(first).vcf()));
    assertEquals(first, reg.submissions().get(first.id()).orElseThrow());
  }

  @Test
  void aVcfOnOtherContigsIsRefusedWithTheReasonAndAFixAndStillKept() throws Exception {
    final String vcf = "##fileformat=VCFv4.2\n##contig=<ID=chrQ,length=1000>\n"
        + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
        + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tHG002\n"
        + "chrQ\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
    final Upload up = new Upload(DemoPortal.ROUND, "HG002", null, null, "bad.vcf",
        () -> new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), null, () -> DemoPortal.spec("north"));
    final SubmissionRecord s = reg.submissions().submit(unit("north"), up, 1L << 30);
    assertFalse(s.accepted());
    final JsonNode json = new ObjectMapper().readTree(s.resultJson());
    boolean sawErrorWithFix = false;
    for (JsonNode f : json.get("findings")) {
      if (f.get("severity").asText().equals("ERROR")) {
        sawErrorWithFix |= !f.get("fix").isNull() && !f.get("fix").asText().isBlank();
      }
    }
    assertTrue(sawErrorWithFix, s.resultJson());
    assertEquals("refusal", reg.audit().latest(1).get(0).action());
    assertTrue(Files.isRegularFile(reg.submissions().files(s).vcf()), "a refused submission is kept too");
  }

  @Test
  void anInvalidPipelineSpecRefusesTheSubmission() throws Exception {
    final Upload up = new Upload(DemoPortal.ROUND, "HG002", null, null, "x.vcf.gz",
        demoUpload("north").vcf(), demoUpload("north").index(),
        () -> new ByteArrayInputStream("name: just a name\n".getBytes(StandardCharsets.UTF_8)));
    final SubmissionRecord s = reg.submissions().submit(unit("north"), up, 1L << 30);
    assertFalse(s.accepted());
    assertTrue(s.resultJson().contains("SPEC_INVALID"), s.resultJson());
  }

  @Test
  void anUploadOverTheLimitLeavesNothingBehind() throws Exception {
    final BlobStore.TooLargeException e = assertThrows(BlobStore.TooLargeException.class,
        () -> reg.submissions().submit(unit("north"), demoUpload("north"), 1000));
    assertEquals(1000, e.limit());
    assertEquals(List.of(), files(dir.resolve("tmp")));
    assertEquals(List.of(), files(dir.resolve("blobs")));
    assertEquals(List.of(), reg.submissions().list(null));
  }

  @Test
  void whatAKilledUploadLeftIsRemovedAtStartUpAndAcceptedSubmissionsStay() throws Exception {
    final SubmissionRecord s = reg.submissions().submit(unit("north"), demoUpload("north"), 1L << 30);
    Files.writeString(dir.resolve("tmp/upload-1.part"), "half a VCF");
    Files.createDirectories(dir.resolve("submissions/.staging-x"));
    Files.writeString(dir.resolve("submissions/.staging-x/calls.vcf"), "half");
    reg.close();
    reg = Registry.open(dir, clock);
    assertEquals(3, reg.removeAbandonedUploads());
    assertEquals(List.of(), files(dir.resolve("tmp")));
    assertFalse(Files.exists(dir.resolve("submissions/.staging-x")));
    assertEquals(s, reg.submissions().get(s.id()).orElseThrow());
    assertTrue(Files.isRegularFile(reg.submissions().files(s).vcf()));
  }

  private static List<Path> files(Path d) throws Exception {
    try (Stream<Path> s = Files.walk(d)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void onlyAUnitsOwnUsersSubmitAndNotAfterTheDeadline() throws Exception {
    final User op = reg.accounts().user("operator").orElseThrow();
    assertThrows(ForbiddenException.class, () -> reg.submissions().submit(op, demoUpload("north"), 1L << 30));
    clock.advance(Duration.ofDays(8));
    final RegistryException e = assertThrows(RegistryException.class,
        () -> reg.submissions().submit(unit("north"), demoUpload("north"), 1L << 30));
    assertTrue(e.getMessage().contains("deadline"), e.getMessage());
    assertEquals(List.of(), reg.submissions().list(null));
  }

  @Test
  void theRoundsPlanTakesTheLatestAcceptedSubmissionPerUnitAndRunReadsIt() throws Exception {
    final SubmissionRecord good = reg.submissions().submit(unit("north"), demoUpload("north"), 1L << 30);
    final String bad = "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    final SubmissionRecord refused = reg.submissions().submit(unit("north"), new Upload(DemoPortal.ROUND, "HG002",
        null, null, "empty.vcf", () -> new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), null,
        () -> DemoPortal.spec("north")), 1L << 30);
    assertFalse(refused.accepted());
    final SubmissionRecord south1 = reg.submissions().submit(unit("south"), demoUpload("south"), 1L << 30);
    final SubmissionRecord south2 = reg.submissions().submit(unit("south"), demoUpload("south"), 1L << 30);
    assertEquals(2, south2.version());
    final Path planFile = dir.resolve("out/plan.yaml");
    final List<SubmissionRecord> in = reg.rounds().writePlan(DemoPortal.ROUND, planFile);
    assertEquals(List.of(good.id(), south2.id()), in.stream().map(SubmissionRecord::id).toList());
    assertNotEquals(south1.id(), south2.id());
    final Plan plan = new PlanReader(1).read(planFile);
    assertEquals(List.of("north/HG002", "south/HG002"), plan.submissions().stream().map(PlanSubmission::key)
        .toList());
    assertEquals(reg.submissions().files(south2).vcf(), plan.submissions().get(1).vcf());
    assertEquals(reg.resultsDir(), plan.resultsDir());
  }

  @Test
  void aRoundIsRunOnlyWhenClosedAndPublishedOnlyAfterARun() {
    assertThrows(RegistryException.class, () -> reg.rounds().runStarted("t", DemoPortal.ROUND, clock.instant()));
    assertThrows(RegistryException.class, () -> reg.rounds().publish("t", DemoPortal.ROUND));
    reg.rounds().close("t", DemoPortal.ROUND);
    reg.rounds().runStarted("t", DemoPortal.ROUND, clock.instant());
    assertThrows(RegistryException.class, () -> reg.rounds().runStarted("t", DemoPortal.ROUND, clock.instant()),
        "one run at a time");
    reg.rounds().runFinished("t", DemoPortal.ROUND, "r1", dir, true, "exit 0");
    final User council = reg.accounts().user("council").orElseThrow();
    final User north = unit("north");
    assertFalse(Access.canSeeReport(council, reg.rounds().require(DemoPortal.ROUND)));
    reg.rounds().publish("t", DemoPortal.ROUND);
    assertTrue(Access.canSeeReport(council, reg.rounds().require(DemoPortal.ROUND)));
    assertFalse(Access.canSeeReport(north, reg.rounds().require(DemoPortal.ROUND)));
    reg.rounds().setUnitsMaySee("t", DemoPortal.ROUND, true);
    assertTrue(Access.canSeeReport(north, reg.rounds().require(DemoPortal.ROUND)));
    assertEquals("permission-changed", reg.audit().latest(1).get(0).action());
  }
}
