package dk.harness.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.registry.Access;
import dk.harness.registry.ForbiddenException;
import dk.harness.registry.Names;
import dk.harness.registry.NotFoundException;
import dk.harness.registry.RegistryException;
import dk.harness.registry.Round;
import dk.harness.registry.SubmissionRecord;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Rounds: the round page, a unit's results, the council report, and the operator's actions. */
final class RoundPages {
  /** CSP of the council report: its own inline styles and SVG, and no script at all (its sorting script is off). */
  static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  private final PortalServer s;
  private final Handlers h;

  RoundPages(PortalServer s, Handlers h) {
    this.s = s;
    this.h = h;
  }

  void define() {
    h.on("GET", "/rounds/{round}", (ctx, c) -> {
      final Round r = round(ctx);
      final Map<String, Object> m = new HashMap<>();
      m.put("round", r);
      final List<SubmissionRecord> subs = s.registry.submissions().list(c.user().unit()).stream()
          .filter(x -> x.roundId().equals(r.id())).toList();
      m.put("submissions", subs);
      final List<String> units = new ArrayList<>();
      for (String u : unitsWithResults(r)) {
        if (Access.canSeeResults(c.user(), r, u)) {
          units.add(u);
        }
      }
      m.put("resultUnits", units);
      m.put("plan", Access.canManage(c.user()) ? s.registry.rounds().planSubmissions(r.id()) : List.of());
      m.put("canSeeReport", Access.canSeeReport(c.user(), r));
      s.page(ctx, "round.jte", "Round " + r.id(), c, m);
    });
    h.on("GET", "/rounds/{round}/results/{unit}", (ctx, c) -> {
      final Round r = round(ctx);
      final List<UnitResult> results = results(c, r, ctx.pathParam("unit"));
      s.page(ctx, "results.jte", "Results of " + ctx.pathParam("unit"), c, Map.of("round", r, "results", results,
          "unit", ctx.pathParam("unit")));
    });
    h.on("GET", "/api/rounds/{round}/results/{unit}", (ctx, c) -> {
      final Round r = round(ctx);
      final ArrayNode a = PortalServer.JSON.createArrayNode();
      for (UnitResult x : results(c, r, ctx.pathParam("unit"))) {
        final ObjectNode o = a.addObject();
        o.put("round", r.id());
        o.put("unit", x.unit());
        o.put("sample", x.sample());
        o.set("verdict", x.verdictJson() == null ? null : PortalServer.JSON.readTree(x.verdictJson()));
      }
      PortalServer.json(ctx, a.toString());
    });
    h.on("GET", "/rounds/{round}/report", (ctx, c) -> {
      final Round r = round(ctx);
      if (!Access.canSeeReport(c.user(), r)) {
        throw new ForbiddenException("the council report of round " + r.id() + " is not visible to you "
            + (r.state() == Round.State.PUBLISHED ? "" : "until the round is published"));
      }
      final Path report = s.registry.rounds().dir(r.id()).resolve(RoundRunner.REPORT_FILE);
      if (!Files.isRegularFile(report)) {
        throw new NotFoundException("report of round " + r.id());
      }
      ctx.header("Content-Security-Policy", REPORT_CSP);
      if (ctx.queryParam("download") != null) {
        ctx.header("Content-Disposition", "attachment; filename=\"council-report-" + r.id() + ".html\"");
      }
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(Files.readAllBytes(report));
    });
    h.on("POST", "/rounds", (ctx, c) -> {
      if (s.config.criteria() == null) {
        throw new RegistryException("the server has no council criteria configured",
            "set 'criteria' in the server's configuration file");
      }
      final Path base = s.config.truthSets() != null ? s.config.truthSets().getParent() : s.config.dataDir();
      final Round r = s.registry.rounds().open(c.actor(ctx.ip()), ctx.formParam("id"), ctx.formParam("title"),
          deadline(ctx.formParam("deadline")), ctx.formParam("truth_sets"), base, s.config.criteria());
      done(ctx, r, "Round opened.");
    });
    h.on("POST", "/rounds/{round}/close", (ctx, c) -> done(ctx,
        s.registry.rounds().close(c.actor(ctx.ip()), round(ctx).id()), "Round closed."));
    h.on("POST", "/rounds/{round}/run", (ctx, c) -> {
      final Round r = round(ctx);
      s.runner.start(c.actor(ctx.ip()), r.id(), s.clock.instant());
      if (PortalServer.wantsJson(ctx)) {
        ctx.status(202);
      }
      done(ctx, s.registry.rounds().require(r.id()), "Run started; reload this page to follow it.");
    });
    h.on("POST", "/rounds/{round}/publish", (ctx, c) -> done(ctx,
        s.registry.rounds().publish(c.actor(ctx.ip()), round(ctx).id()), "Round published."));
    h.on("POST", "/rounds/{round}/visibility", (ctx, c) -> {
      final boolean allowed = "true".equals(ctx.formParam("units_may_see"));
      done(ctx, s.registry.rounds().setUnitsMaySee(c.actor(ctx.ip()), round(ctx).id(), allowed),
          allowed ? "Units may now see the report." : "Units may no longer see the report.");
    });
  }

  private void done(Context ctx, Round r, String notice) {
    if (PortalServer.wantsJson(ctx)) {
      final ObjectNode o = PortalServer.JSON.createObjectNode();
      o.put("round", r.id());
      o.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
      o.put("run_state", r.runState());
      o.put("run_id", r.runId());
      o.put("units_may_see", r.unitsMaySee());
      PortalServer.json(ctx, o.toString());
    } else {
      Handlers.seeOther(ctx, "/rounds/" + r.id(), notice);
    }
  }

  private Round round(Context ctx) {
    final String id = ctx.pathParam("round");
    if (!Names.ID.matcher(id).matches()) {
      throw new NotFoundException("round");
    }
    return s.registry.rounds().require(id);
  }

  /** Units with a folder in the round's run. */
  private static List<String> unitsWithResults(Round r) throws IOException {
    if (r.runDir() == null || !Files.isDirectory(Path.of(r.runDir()))) {
      return List.of();
    }
    try (Stream<Path> l = Files.list(Path.of(r.runDir()))) {
      return l.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> Names.ID.matcher(n).matches()).sorted().toList();
    }
  }

  private List<UnitResult> results(Caller c, Round r, String unit) throws IOException {
    // The unit is checked as an id before it touches a path; a unit user asking for another unit gets 404.
    if (!Names.ID.matcher(unit).matches() || !Access.canSeeUnit(c.user(), unit)) {
      throw new NotFoundException("results of unit " + Names.ID.matcher(unit).replaceAll("?"));
    }
    if (!Access.canSeeResults(c.user(), r, unit)) {
      throw new ForbiddenException("the results of round " + r.id() + " are not visible to you yet");
    }
    final Path dir = Path.of(r.runDir()).resolve(unit);
    if (!Files.isDirectory(dir)) {
      throw new NotFoundException("results of unit " + unit + " in round " + r.id());
    }
    final List<UnitResult> out = new ArrayList<>();
    try (Stream<Path> l = Files.list(dir)) {
      for (Path sample : l.filter(Files::isDirectory).sorted().toList()) {
        out.add(new UnitResult(unit, sample.getFileName().toString(), read(sample.resolve("verdict.json")),
            read(sample.resolve("summary.csv"))));
      }
    }
    return out;
  }

  private static String read(Path p) throws IOException {
    return Files.isRegularFile(p) ? Files.readString(p) : null;
  }

  /** A deadline from a form: an ISO instant, or a browser's datetime-local (taken as UTC). */
  static Instant deadline(String v) {
    if (v == null || v.isBlank()) {
      throw new RegistryException("no deadline given", "give the deadline as 2026-06-30T23:59 (UTC)");
    }
    try {
      return Instant.parse(v.strip());
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v.strip()).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new RegistryException("the deadline '" + Names.ID.matcher(v).replaceAll("?") + "' is not a time",
            "give it as 2026-06-30T23:59 (UTC)");
      }
    }
  }
}
