package dk.harness.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Submissions: streamed into the blob store, laid out under fixed names, checked by intake at once, recorded as a
 * new version (nothing is overwritten), and audited as an upload or a refusal.
 *
 * <p>Layout of {@code submissions/<id>/}: {@code calls.vcf} or {@code calls.vcf.gz}, {@code calls.vcf.gz.tbi} or
 * {@code .csi}, {@code pipeline-spec.yaml}: hard links into the blob store. Names from clients never become paths.
 */
public final class Submissions {
  /** Default upload limit per file: 2 GiB. */
  public static final long DEFAULT_LIMIT = 2L << 30;
  static final String SPEC_FILE = "pipeline-spec.yaml";

  private final Registry registry;

  /**
   * Intake reads a whole VCF with buffers of a few MB; at most one intake per core runs at a time and further
   * uploads wait (their files already on disk), so the server's memory does not grow with the number of uploads in
   * flight, and intake, CPU-bound, gains nothing from more threads than cores.
   */
  private final java.util.concurrent.Semaphore intakeSlots =
      new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

  Submissions(Registry registry) {
    this.registry = registry;
  }

  /** A submission's files on the server. */
  public record Stored(Path dir, Path vcf, Path index, Path spec) {
  }

  /** The folder of a stored submission. */
  Path dir(long id) {
    return registry.dataDir().resolve("submissions").resolve(Long.toString(id));
  }

  /** A stored submission's files. */
  public Stored files(SubmissionRecord s) {
    final Path dir = dir(s.id());
    final Path vcf = dir.resolve(s.vcfCompressed() ? "calls.vcf.gz" : "calls.vcf");
    return new Stored(dir, vcf, s.indexKind() == null ? null : dir.resolve(vcf.getFileName() + "." + s.indexKind()),
        dir.resolve(SPEC_FILE));
  }

  /**
   * Stores and checks a submission by {@code user} for the user's unit.
   *
   * @param limit largest size of each file, in bytes
   * @throws RegistryException when the user may not submit, the round does not take submissions, or the sample
   *     has no truth set in the round (nothing is stored then)
   * @throws BlobStore.TooLargeException when a file is over the limit (nothing is stored)
   */
  public SubmissionRecord submit(User user, Upload up, long limit) throws IOException {
    if (user == null || user.role() != Role.UNIT || !Access.canSubmit(user, user.unit())) {
      throw new ForbiddenException("only a unit's own users submit for it");
    }
    final Round round = registry.rounds().require(Names.id("round id", up.roundId()));
    Names.id("sample", up.sample());
    if (!round.accepts(registry.instant())) {
      refuse(user, up, "round " + round.id() + " does not take submissions (" + round.state().name()
          .toLowerCase(java.util.Locale.ROOT) + ", deadline " + round.deadline() + ")");
      throw new RegistryException("round '" + round.id() + "' does not take submissions any more (deadline "
          + round.deadline() + ")", "submit to an open round");
    }
    final RoundTruthSet truth = round.truthSetFor(up.sample(), up.truthSetId()).orElseThrow(() -> {
      refuse(user, up, "no truth set for sample " + up.sample());
      return new RegistryException("round '" + round.id() + "' has no " + (up.truthSetId() == null ? "single "
          : "such ") + "truth set for sample '" + up.sample() + "'", "choose one of the round's samples: "
          + round.truthSets().stream().map(t -> t.sample() + " (" + t.id() + ")").toList());
    });
    if (up.vcfSample() != null && !up.vcfSample().isBlank() && up.vcfSample().length() > 256) {
      throw new RegistryException("the VCF sample column name is too long", "give at most 256 characters");
    }
    final BlobStore blobs = registry.blobs();
    // All three files are staged before any enters the store, so a failure in any leaves nothing behind.
    BlobStore.Staged vcfPart = null;
    BlobStore.Staged indexPart = null;
    BlobStore.Staged specPart = null;
    final BlobStore.Blob vcf;
    final BlobStore.Blob index;
    final BlobStore.Blob spec;
    try {
      try (InputStream in = up.vcf().open()) {
        vcfPart = blobs.stage(in, limit);
      }
      if (up.index() != null) {
        try (InputStream in = up.index().open()) {
          indexPart = blobs.stage(in, limit);
        }
      }
      try (InputStream in = up.spec().open()) {
        specPart = blobs.stage(in, Math.min(limit, 1L << 20));
      }
      vcf = blobs.commit(vcfPart);
      index = indexPart == null ? null : blobs.commit(indexPart);
      spec = blobs.commit(specPart);
    } catch (IOException | RuntimeException e) {
      blobs.discard(vcfPart);
      blobs.discard(indexPart);
      blobs.discard(specPart);
      throw e;
    }
    final boolean compressed = SubmissionCheck.isGzip(vcf.path());
    final String indexKind = index == null ? null : SubmissionCheck.indexKind(index.path());
    // Laid out in a staging folder first; it becomes submissions/<id>/ once the row exists.
    final Path staging = registry.dataDir().resolve("submissions").resolve(".staging-" + UUID.randomUUID());
    try {
      final Path vcfPath = blobs.linkInto(vcf.sha256(), staging, compressed ? "calls.vcf.gz" : "calls.vcf");
      Path indexPath = null;
      if (index != null && indexKind != null) {
        indexPath = blobs.linkInto(index.sha256(), staging, vcfPath.getFileName() + "." + indexKind);
        // Intake refuses an index older than its VCF; both are as old as their upload here, so order them.
        final var t = Files.getLastModifiedTime(vcfPath).toMillis();
        Files.setLastModifiedTime(indexPath, java.nio.file.attribute.FileTime.fromMillis(t + 1000));
      }
      final Path specPath = blobs.linkInto(spec.sha256(), staging, SPEC_FILE);
      final SubmissionCheck check;
      intakeSlots.acquireUninterruptibly();
      try {
        check = SubmissionCheck.run(user.unit(), up, truth, vcfPath, indexPath, specPath,
            index != null && indexKind == null, staging);
      } finally {
        intakeSlots.release();
      }
      final String json = check.json(round.id(), user.unit(), up.sample(), truth.id(), vcf, index, spec);
      final SubmissionRecord rec = registry.inTransaction(() -> {
        final int version = nextVersion(round.id(), user.unit(), up.sample());
        final long id;
        try (PreparedStatement ps = registry.prepare("INSERT INTO submissions (round_id, unit_id, sample, version, "
            + "truth_set_id, vcf_sha256, vcf_bytes, vcf_compressed, index_sha256, index_kind, spec_sha256, "
            + "vcf_sample, client_file_name, accepted, intake_json, created_at, created_by) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          int i = 1;
          ps.setString(i++, round.id());
          ps.setString(i++, user.unit());
          ps.setString(i++, up.sample());
          ps.setInt(i++, version);
          ps.setString(i++, truth.id());
          ps.setString(i++, vcf.sha256());
          ps.setLong(i++, vcf.bytes());
          ps.setInt(i++, compressed ? 1 : 0);
          ps.setString(i++, indexKind == null ? null : index.sha256());
          ps.setString(i++, indexKind);
          ps.setString(i++, spec.sha256());
          ps.setString(i++, blankToNull(up.vcfSample()));
          ps.setString(i++, up.clientFileName() == null ? null : Names.shown(up.clientFileName()));
          ps.setInt(i++, check.accepted() ? 1 : 0);
          ps.setString(i++, json);
          ps.setString(i++, registry.now());
          ps.setLong(i, user.id());
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        try {
          java.nio.file.Files.move(staging, dir(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw new SQLException("cannot move the submission's files into place: " + e.getMessage(), e);
        }
        registry.audit().insert(user.actor(), check.accepted() ? "upload" : "refusal", "submission " + id,
            "round " + round.id() + ", sample " + up.sample() + ", version " + version + ", vcf sha256 "
                + vcf.sha256() + (check.accepted() ? "" : ", refused: " + check.errorCodes()));
        return find(id).orElseThrow();
      });
      return rec;
    } finally {
      deleteTree(staging);
    }
  }

  private void refuse(User user, Upload up, String why) {
    registry.audit().append(user.actor(), "refusal", "round " + Names.shown(up.roundId()), why);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private int nextVersion(String round, String unit, String sample) throws SQLException {
    try (PreparedStatement ps = registry.prepare("SELECT COALESCE(MAX(version), 0) + 1 FROM submissions "
        + "WHERE round_id = ? AND unit_id = ? AND sample = ?")) {
      ps.setString(1, round);
      ps.setString(2, unit);
      ps.setString(3, sample);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!java.nio.file.Files.exists(dir)) {
      return;
    }
    try (var walk = java.nio.file.Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.deleteIfExists(p);
      }
    }
  }

  private static final String COLUMNS = "SELECT id, round_id, unit_id, sample, version, truth_set_id, vcf_sha256, "
      + "vcf_bytes, vcf_compressed, index_sha256, index_kind, spec_sha256, vcf_sample, client_file_name, accepted, "
      + "intake_json, created_at, created_by FROM submissions";

  public Optional<SubmissionRecord> get(long id) {
    return registry.inTransaction(() -> find(id));
  }

  private Optional<SubmissionRecord> find(long id) throws SQLException {
    try (PreparedStatement ps = registry.prepare(COLUMNS + " WHERE id = ?")) {
      ps.setLong(1, id);
      final List<SubmissionRecord> l = list(ps);
      return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }
  }

  /** Submissions, newest first: of one unit, or of all units when {@code unit} is null. */
  public List<SubmissionRecord> list(String unit) {
    return registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare(COLUMNS + (unit == null ? "" : " WHERE unit_id = ?")
          + " ORDER BY id DESC")) {
        if (unit != null) {
          ps.setString(1, unit);
        }
        return list(ps);
      }
    });
  }

  /** Per unit and sample of a round, the latest accepted submission made by {@code deadline}. */
  List<SubmissionRecord> latestAccepted(String round, Instant deadline) {
    return registry.inTransaction(() -> {
      try (PreparedStatement ps = registry.prepare(COLUMNS + " s WHERE round_id = ? AND accepted = 1 AND "
          + "created_at <= ? AND version = (SELECT MAX(version) FROM submissions t WHERE t.round_id = s.round_id "
          + "AND t.unit_id = s.unit_id AND t.sample = s.sample AND t.accepted = 1 AND t.created_at <= ?) "
          + "ORDER BY unit_id, sample")) {
        ps.setString(1, round);
        ps.setString(2, deadline.toString());
        ps.setString(3, deadline.toString());
        return list(ps);
      }
    });
  }

  private static List<SubmissionRecord> list(PreparedStatement ps) throws SQLException {
    final List<SubmissionRecord> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new SubmissionRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
            rs.getString(6), rs.getString(7), rs.getLong(8), rs.getInt(9) == 1, rs.getString(10), rs.getString(11),
            rs.getString(12), rs.getString(13), rs.getString(14), rs.getInt(15) == 1, rs.getString(16),
            rs.getString(17), rs.getLong(18)));
      }
    }
    return out;
  }
}
