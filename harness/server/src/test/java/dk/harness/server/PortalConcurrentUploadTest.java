package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.registry.DemoPortal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads of the same files by the same unit at the same time: each is stored, as its own version. */
class PortalConcurrentUploadTest {
  @TempDir
  Path dir;

  @Test
  void simultaneousUploadsOfOneUnitEachGetTheirOwnVersion() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final String token = p.registry.accounts().createToken("test", p.registry.accounts().user("north-user")
          .orElseThrow(), "t");
      final List<HttpSession.FilePart> files = PortalFixtures.demoFiles(p, "north");
      final int n = 8;
      final ExecutorService pool = Executors.newFixedThreadPool(n);
      final List<Future<HttpSession.Response>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        answers.add(pool.submit(() -> new HttpSession(p.base()).bearer(token).postMultipart("/api/submissions",
            Map.of("round", DemoPortal.ROUND, "sample", "HG002"), files)));
      }
      final List<String> wrong = new ArrayList<>();
      final TreeSet<Integer> versions = new TreeSet<>();
      for (Future<HttpSession.Response> f : answers) {
        final HttpSession.Response r = f.get();
        if (r.status() != 201) {
          wrong.add(r.status() + " " + r.body());
        } else {
          versions.add(new ObjectMapper().readTree(r.body()).get("version").asInt());
        }
      }
      pool.shutdown();
      assertEquals(List.of(), wrong, p.log.toString());
      assertEquals(n, versions.size(), "distinct versions: " + versions);
      assertEquals(n, p.registry.submissions().list("north").size());
    }
  }
}
