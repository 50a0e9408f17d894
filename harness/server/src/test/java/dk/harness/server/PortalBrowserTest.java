package dk.harness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.registry.DemoPortal;
import dk.harness.testdata.SharedTestData;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal in a real browser: Debian's Chromium, headless, driven through its chromedriver with Selenium. A unit
 * logs in and uploads a real VCF (NA12878 chr20 from the shared data) and sees its intake result; another unit is
 * told it does not exist; the operator closes, runs and publishes the round with the page's buttons; the council
 * opens the published report. No JavaScript is involved: the pages have none. Screenshots of the main pages are
 * written to target/portal-screenshots (docs/img/portal-*.png are copies of them).
 *
 * <p>Skips, saying why, when chromium or chromedriver is missing (.ci/run installs both).
 */
class PortalBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String VCF = "na12878-hg19-chr20-10mb/query_derived_chr20_bgzip/"
      + "expected.testVCFMode.gatk4.chr20.vcf.gz";

  @TempDir
  Path dir;

  private static WebDriver browser() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium "
            + "chromium-driver");
    final ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1100,800", "--hide-scrollbars");
    final ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    final ChromeDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return d;
  }

  private static void shot(WebDriver d, String name) throws Exception {
    final Path out = Path.of("target", "portal-screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve("portal-" + name + ".png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
  }

  private static void logIn(WebDriver d, TestPortal p, String login) {
    d.manage().deleteAllCookies();
    d.get(p.base() + "/login");
    d.findElement(By.name("login")).sendKeys(login);
    d.findElement(By.name("password")).sendKeys(p.password(login));
    d.findElement(By.cssSelector("form[action='/login'] button")).click();
    assertTrue(d.getCurrentUrl().endsWith("/home"), login + " logged in: " + d.getCurrentUrl());
  }

  private static void click(WebDriver d, String buttonText) {
    d.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
  }

  @Test
  void aUnitSubmitsAnotherCannotSeeItTheOperatorRunsTheRoundAndTheCouncilReadsTheReport() throws Exception {
    final Path vcf = SharedTestData.require(VCF);
    final Path index = SharedTestData.require(VCF + ".tbi");
    final WebDriver d = browser();
    try (TestPortal p = new TestPortal(dir.resolve("data"), true, c -> c)) {
      final Path spec = dir.resolve("unit-north.yaml");
      try (InputStream in = DemoPortal.spec("north")) {
        Files.write(spec, in.readAllBytes());
      }
      d.get(p.base() + "/");
      assertTrue(d.getCurrentUrl().endsWith("/login"), "anonymous is sent to the log-in page");
      shot(d, "login");

      // A unit uploads a real VCF through the form and lands on its intake result.
      logIn(d, p, "north-user");
      shot(d, "home");
      d.findElement(By.linkText("Submit")).click();
      new Select(d.findElement(By.name("round"))).selectByValue(DemoPortal.ROUND);
      new Select(d.findElement(By.name("sample"))).selectByValue("HG002");
      d.findElement(By.name("vcf_sample")).sendKeys("NA12878");
      d.findElement(By.name("vcf")).sendKeys(vcf.toAbsolutePath().toString());
      d.findElement(By.name("index")).sendKeys(index.toAbsolutePath().toString());
      d.findElement(By.name("spec")).sendKeys(spec.toAbsolutePath().toString());
      shot(d, "submit");
      click(d, "Submit");
      final String url = d.getCurrentUrl();
      assertTrue(url.matches(".*/submissions/\\d+\\?msg=.*"), url);
      final String id = url.replaceAll(".*/submissions/(\\d+).*", "$1");
      final String page = d.findElement(By.tagName("main")).getText();
      final String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(vcf)));
      assertTrue(page.contains(sha), "the page shows the sha256 of the file sent: " + page);
      assertTrue(page.contains(vcf.getFileName().toString()), page);
      assertTrue(page.contains("Accepted") || page.contains("Refused"), page);
      assertFalse(d.findElements(By.cssSelector("tr[class^='sev-']")).isEmpty(), "the intake findings are listed");
      // The registry's verdict on the same upload is what the page says.
      final boolean accepted = p.registry.submissions().get(Long.parseLong(id)).orElseThrow().accepted();
      assertEquals(accepted, page.contains("Accepted:"), page);
      assertEquals(accepted, d.findElements(By.cssSelector("tr.sev-ERROR")).isEmpty(), "ERROR findings exactly when refused");
      shot(d, "submission");

      // Another unit is told nothing about it.
      logIn(d, p, "south-user");
      d.get(p.base() + "/submissions/" + id);
      assertTrue(d.findElement(By.tagName("main")).getText().toLowerCase().contains("not found"),
          d.getPageSource());
      d.get(p.base() + "/home");
      assertTrue(d.findElements(By.cssSelector("a[href='/submissions/" + id + "']")).isEmpty());
      assertFalse(d.getPageSource().contains(sha));

      // The operator closes, runs and publishes the round with the round page's buttons.
      logIn(d, p, "operator");
      d.get(p.base() + "/rounds/" + DemoPortal.ROUND);
      click(d, "Close the round");
      click(d, "Run the round on the server");
      String run = "";
      for (int i = 0; i < 600; i++) {
        d.get(p.base() + "/rounds/" + DemoPortal.ROUND);
        run = d.findElement(By.xpath("//th[.='Run']/following-sibling::td")).getText();
        if (!run.startsWith("running")) {
          break;
        }
        Thread.sleep(250);
      }
      assertTrue(run.startsWith("done"), "the run finished: " + run + "\n" + p.log);
      click(d, "Publish to the council");
      assertTrue(d.findElement(By.tagName("main")).getText().contains("published"), d.getPageSource());
      shot(d, "round");
      d.get(p.base() + "/admin");
      shot(d, "admin");

      // The council opens the published report from the round page.
      logIn(d, p, "council");
      d.get(p.base() + "/rounds/" + DemoPortal.ROUND);
      d.findElement(By.linkText("Council report")).click();
      assertTrue(d.getCurrentUrl().endsWith("/rounds/" + DemoPortal.ROUND + "/report"), d.getCurrentUrl());
      final String report = d.findElement(By.tagName("body")).getText();
      assertTrue(report.toLowerCase().contains("council report"), report.substring(0, Math.min(400,
          report.length())));
      for (String unit : new String[] {"north", "south", "capital", "central", "zealand"}) {
        assertTrue(report.contains(unit), "the report covers unit " + unit);
      }
      shot(d, "report");
      d.get(p.base() + "/rounds/" + DemoPortal.ROUND + "/results/south");
      assertTrue(d.findElement(By.tagName("h1")).getText().contains("south"));
    } finally {
      d.quit();
    }
    final File shots = Path.of("target", "portal-screenshots").toFile();
    assertTrue(shots.list().length >= 7, "screenshots written");
  }
}
