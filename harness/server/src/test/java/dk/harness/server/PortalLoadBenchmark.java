package dk.harness.server;

import dk.harness.registry.DemoPortal;
import dk.harness.registry.Registry;
import dk.harness.registry.Secrets;
import dk.harness.simulate.CohortLayout;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Load benchmark of the portal (not a test): for each concurrency level, a fresh portal in a process of its own
 * (fixed heap), and that many clients each uploading one VCF of about 50 MB (a SNV at every reference position) at once over loopback with API tokens.
 * Records wall time, throughput and the server process' peak resident memory (VmHWM from /proc). Memory flat in the
 * number of concurrent uploads shows uploads are streamed to disk, not held in memory.
 *
 * <p>Run with bench/portal-load.sh. Arguments: work folder, then concurrency levels (default 1 5 20). In the
 * answers, 0 counts uploads that got no HTTP answer (connection dropped).
 */
public final class PortalLoadBenchmark {
  private static final int MB = 1 << 20;

  private PortalLoadBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    final Path work = Path.of(args.length > 0 ? args[0] : "target/portal-load").toAbsolutePath();
    final List<Integer> levels = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      levels.add(Integer.parseInt(args[i]));
    }
    if (levels.isEmpty()) {
      levels.addAll(List.of(1, 5, 20));
    }
    final String heap = System.getProperty("portal.heap", "-Xmx256m");
    Files.createDirectories(work);
    System.out.printf("%-11s %-7s %-9s %-12s %-14s %-14s %s%n", "concurrent", "MB", "seconds", "MB/s",
        "peak RSS MB", "RSS idle MB", "answers");
    for (int n : levels) {
      run(work.resolve("level-" + n), n, heap);
    }
  }

  private static void run(Path root, int n, String heap) throws Exception {
    deleteTree(root);
    final Path data = root.resolve("data");
    final List<String> tokens = new ArrayList<>();
    final DemoPortal.Setup demo;
    try (Registry reg = Registry.open(data, Clock.systemUTC())) {
      reg.accounts().useSecrets(new Secrets(4));
      demo = DemoPortal.create(reg, 11, 100_000, false);
      final String[] units = {"north", "south", "capital", "central", "zealand"};
      for (int i = 0; i < n; i++) {
        tokens.add(reg.accounts().createToken("bench", reg.accounts().user(units[i % units.length] + "-user")
            .orElseThrow(), "load"));
      }
    }
    final Path vcf = bigVcf(demo, root.resolve("load.vcf"), 50L * MB);
    final byte[] spec;
    try (InputStream in = DemoPortal.spec("north")) {
      spec = in.readAllBytes();
    }
    final PortalProcessMain.Started server = PortalProcessMain.spawn(data, demo.cohort().resolve("truth-sets.yaml"),
        demo.criteria(), 1L << 30, heap);
    final long pid = server.process().pid();
    try {
      final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
      client.send(HttpRequest.newBuilder(URI.create(server.base() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      Thread.sleep(1000);
      final long idle = rssKb(pid, "VmRSS");
      final AtomicLong peak = new AtomicLong(idle);
      final Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            peak.accumulateAndGet(rssKb(pid, "VmRSS"), Math::max);
            Thread.sleep(50);
          } catch (Exception e) {
            return;
          }
        }
      });
      sampler.start();
      final ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
        final Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
      });
      final long start = System.nanoTime();
      final List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        final String token = tokens.get(i);
        answers.add(pool.submit(() -> upload(client, server.base(), token, vcf, spec)));
      }
      final Map<Integer, Integer> statuses = new TreeMap<>();
      for (Future<Integer> f : answers) {
        int status;
        try {
          status = f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          status = 0; // no answer: the connection was dropped
          System.err.println("upload got no answer: " + e.getCause());
        }
        statuses.merge(status, 1, Integer::sum);
      }
      final double seconds = (System.nanoTime() - start) / 1e9;
      sampler.interrupt();
      sampler.join();
      pool.shutdown();
      final long hwm = Math.max(peak.get(), rssKb(pid, "VmHWM"));
      final double mb = (double) n * Files.size(vcf) / MB;
      System.out.printf("%-11d %-7.0f %-9.1f %-12.1f %-14.0f %-14.0f %s%n", n, mb, seconds, mb / seconds,
          hwm / 1024.0, idle / 1024.0, statuses);
    } finally {
      server.process().destroy();
      server.process().waitFor();
    }
  }

  /** One upload of the VCF and the spec, streamed from disk; returns the HTTP status. */
  private static int upload(HttpClient client, String base, String token, Path vcf, byte[] spec) throws Exception {
    final String b = "----load" + System.nanoTime();
    final String head = "--" + b + "\r\nContent-Disposition: form-data; name=\"round\"\r\n\r\n" + DemoPortal.ROUND
        + "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"sample\"\r\n\r\nHG002\r\n--" + b
        + "\r\nContent-Disposition: form-data; name=\"spec\"; filename=\"spec.yaml\"\r\n\r\n";
    final String mid = "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"vcf\"; filename=\"load.vcf\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
    final String tail = "\r\n--" + b + "--\r\n";
    final HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/submissions"))
        .timeout(Duration.ofMinutes(30))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "multipart/form-data; boundary=" + b)
        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
            HttpRequest.BodyPublishers.ofByteArray(spec), HttpRequest.BodyPublishers.ofString(mid),
            HttpRequest.BodyPublishers.ofFile(vcf), HttpRequest.BodyPublishers.ofString(tail)))
        .build();
    final HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 400) {
      System.err.println("upload answered " + r.statusCode() + ": " + r.body());
    }
    return r.statusCode();
  }

  /**
   * A plain VCF of about {@code size} bytes on the demo cohort: the north unit's header, then a SNV at every position
   * of the reference (REF from the reference), each with a short declared INFO padding so lines are about as long
   * as a real caller's (~250 bytes). Intake accepts it.
   */
  private static Path bigVcf(DemoPortal.Setup demo, Path out, long size) throws Exception {
    final Path gz = demo.cohort().resolve(CohortLayout.queryVcf("north", "HG002"));
    final List<String> header = new ArrayList<>();
    try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(new GZIPInputStream(
        Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null && line.startsWith("#"); line = r.readLine()) {
        header.add(line);
      }
    }
    final Map<String, StringBuilder> contigs = new java.util.LinkedHashMap<>();
    StringBuilder seq = null;
    for (String line : Files.readAllLines(demo.cohort().resolve(CohortLayout.REFERENCE))) {
      if (line.startsWith(">")) {
        seq = new StringBuilder();
        contigs.put(line.substring(1).split("\\s+")[0], seq);
      } else if (seq != null) {
        seq.append(line.strip());
      }
    }
    final long positions = contigs.values().stream().mapToLong(StringBuilder::length).sum();
    final String pad = "A".repeat((int) Math.max(8, size / positions - 40));
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (int i = 0; i < header.size(); i++) {
        if (i == header.size() - 1) {
          w.write("##INFO=<ID=PAD,Number=1,Type=String,Description=\"padding for the load benchmark\">\n");
        }
        w.write(header.get(i));
        w.write('\n');
      }
      final String cols = header.get(header.size() - 1);
      final int samples = cols.split("\t").length - 9;
      final String gts = "\t0/1".repeat(Math.max(1, samples));
      for (Map.Entry<String, StringBuilder> c : contigs.entrySet()) {
        final StringBuilder b = c.getValue();
        for (int p = 0; p < b.length(); p++) {
          final char ref = Character.toUpperCase(b.charAt(p));
          if ("ACGT".indexOf(ref) < 0) {
            continue;
          }
          final char alt = ref == 'A' ? 'C' : ref == 'C' ? 'G' : ref == 'G' ? 'T' : 'A';
          w.write(c.getKey() + "\t" + (p + 1) + "\t.\t" + ref + "\t" + alt + "\t50\tPASS\tPAD=" + pad + "\tGT" + gts
              + "\n");
        }
      }
    }
    return out;
  }

  private static long rssKb(long pid, String key) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("\\D+", ""));
      }
    }
    return 0;
  }

  private static void deleteTree(Path p) throws Exception {
    if (!Files.exists(p)) {
      return;
    }
    try (var s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
