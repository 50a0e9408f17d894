package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.registry.DemoPortal;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup in what a unit controls (file name, VCF sample column, header text) is shown as text, never as markup. */
class PortalEscapingTest {
  private static final String XSS = "<img src=x onerror=alert(1)>";

  @TempDir
  Path dir;

  @Test
  void markupInAFileNameSampleColumnAndHeaderIsEscapedOnTheSubmissionPage() throws Exception {
    try (TestPortal p = new TestPortal(dir.resolve("data"))) {
      final HttpSession north = p.login("north-user");
      north.get("/submit");
      final String vcf = "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=20000>\n"
          + "##INFO=<ID=X,Number=1,Type=String,Description=\"" + XSS + "\">\n"
          + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
          + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + XSS + "\n"
          + "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";
      final byte[] spec;
      try (InputStream in = DemoPortal.spec("north")) {
        spec = in.readAllBytes();
      }
      final HttpSession.Response up = north.postMultipart("/submissions", Map.of("csrf", north.csrf(),
          "round", DemoPortal.ROUND, "sample", "HG002", "vcf_sample", XSS), List.of(
          new HttpSession.FilePart("vcf", "<script>alert(2)</script>.vcf", vcf.getBytes(StandardCharsets.UTF_8)),
          new HttpSession.FilePart("spec", "s.yaml", spec)));
      assertEquals(303, up.status(), up.body());
      final String page = north.get(up.header("Location").replaceAll("\\?.*", "")).body();
      assertFalse(page.contains("<img src=x"), "raw markup on the page");
      assertFalse(page.contains("<script>alert(2)"), "raw markup on the page");
      assertTrue(page.contains("&lt;script&gt;alert(2)&lt;/script&gt;.vcf"), "the file name, escaped");
      assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "the sample column named in a finding, escaped");
      final String home = north.get("/home").body();
      assertFalse(home.contains("<script>alert(2)"));
    }
  }
}
