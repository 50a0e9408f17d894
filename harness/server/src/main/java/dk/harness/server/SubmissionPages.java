package dk.harness.server;

import dk.harness.registry.Access;
import dk.harness.registry.NotFoundException;
import dk.harness.registry.Round;
import dk.harness.registry.SubmissionRecord;
import dk.harness.registry.Upload;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Uploads and submissions: the form, the upload (page or JSON), a submission's page and JSON, the lists. */
final class SubmissionPages {
  private final PortalServer s;
  private final Handlers h;

  SubmissionPages(PortalServer s, Handlers h) {
    this.s = s;
    this.h = h;
  }

  void define() {
    h.on("GET", "/submit", (ctx, c) -> {
      final List<Round> open = s.registry.rounds().list().stream()
          .filter(r -> r.accepts(s.clock.instant())).toList();
      final Map<String, Object> m = new HashMap<>();
      m.put("rounds", open);
      m.put("limit", s.config.uploadLimit());
      s.page(ctx, "submit.jte", "Submit", c, m);
    });
    h.on("POST", "/submissions", (ctx, c) -> upload(ctx, c, PortalServer.wantsJson(ctx)));
    h.on("POST", "/api/submissions", (ctx, c) -> upload(ctx, c, true));
    h.on("GET", "/api/submissions", (ctx, c) -> {
      final var a = PortalServer.JSON.createArrayNode();
      for (SubmissionRecord r : visible(c)) {
        a.add(PortalServer.JSON.readTree(SubmissionView.of(r).json()));
      }
      PortalServer.json(ctx, a.toString());
    });
    h.on("GET", "/submissions/{id}", (ctx, c) -> {
      final SubmissionView v = SubmissionView.of(readable(ctx, c));
      s.page(ctx, "submission.jte", "Submission " + v.record().id(), c, Map.of("s", v));
    });
    h.on("GET", "/api/submissions/{id}", (ctx, c) -> PortalServer.json(ctx,
        SubmissionView.of(readable(ctx, c)).json()));
  }

  /** Submissions the caller may see: a unit's own, or all. */
  List<SubmissionRecord> visible(Caller c) {
    return s.registry.submissions().list(c.user().unit());
  }

  /** The submission of the path, if the caller may read it; else 404 as if it did not exist. */
  private SubmissionRecord readable(Context ctx, Caller c) {
    final long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("submission");
    }
    return s.registry.submissions().get(id).filter(r -> Access.canReadSubmission(c.user(), r))
        .orElseThrow(() -> new NotFoundException("submission " + id));
  }

  private void upload(Context ctx, Caller c, boolean json) throws Exception {
    final UploadedFile vcf;
    final UploadedFile index;
    final UploadedFile spec;
    try {
      vcf = part(ctx, "vcf");
      index = part(ctx, "index");
      spec = part(ctx, "spec");
    } catch (RuntimeException e) {
      if (PortalServer.isTooLarge(e)) {
        throw new dk.harness.registry.BlobStore.TooLargeException(s.config.uploadLimit());
      }
      s.fail(ctx, 400, "the upload is not a well-formed multipart form", "send the files with curl -F or the "
          + "portal's form");
      return;
    }
    if (vcf == null || spec == null) {
      s.fail(ctx, 400, "the upload needs a VCF (field vcf) and its pipeline spec (field spec)",
          "choose both files; the index (field index) is optional");
      return;
    }
    final Upload up = new Upload(ctx.formParam("round"), ctx.formParam("sample"), blank(ctx.formParam("truth_set")),
        blank(ctx.formParam("vcf_sample")), vcf.filename(), vcf::content, index == null ? null : index::content,
        spec::content);
    final SubmissionRecord r = s.registry.submissions().submit(c.user(), up, s.config.uploadLimit());
    if (json) {
      ctx.status(r.accepted() ? 201 : 422);
      PortalServer.json(ctx, SubmissionView.of(r).json());
    } else {
      Handlers.seeOther(ctx, "/submissions/" + r.id(), r.accepted() ? "Accepted: version " + r.version() + "."
          : "Refused: see the ERROR findings below.");
    }
  }

  /** An uploaded file, or null when the field is missing or a browser sent an empty file input. */
  private static UploadedFile part(Context ctx, String name) {
    final UploadedFile f = ctx.uploadedFile(name);
    return f == null || (f.size() == 0 && (f.filename() == null || f.filename().isEmpty())) ? null : f;
  }

  private static String blank(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
