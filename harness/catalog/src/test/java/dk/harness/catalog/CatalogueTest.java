package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.testdata.SharedTestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed catalogue loads and follows its own rules; broken catalogues are refused with a precise message. */
class CatalogueTest {

  private static TruthSetCatalogue real() throws IOException {
    return TruthSetCatalogue.load(Files2.repoRoot().resolve("truth-sets/catalogue.yaml"));
  }

  @Test
  void committedCatalogueCoversTheIssueScope() throws IOException {
    final TruthSetCatalogue c = real();
    assertEquals("1.1.0", c.version());
    assertTrue(c.changelog().get(0).startsWith("1.0.0"));
    final Set<String> ids = new HashSet<>();
    for (TruthSet t : c.truthSets()) {
      assertTrue(ids.add(t.id()));
      for (TruthSetFile f : t.files()) {
        assertTrue(f.url().toString().startsWith(Downloader.GIAB_FTP.toString()), f.url().toString());
        if (f.md5() != null || f.sha256() != null) {
          assertNotNull(f.checksumSource(), t.id() + " " + f.fileName());
        }
      }
    }
    for (int i = 1; i <= 7; i++) {
      for (String b : List.of("grch37", "grch38")) {
        final TruthSet t = c.require("giab-hg00" + i + "-v4.2.1-" + b);
        assertEquals("HG00" + i, t.sample());
        final String bed = t.file(FileRole.BED).orElseThrow().fileName();
        // The Ashkenazi trio has Mendelian-inconsistency-filtered regions; HG001 and the Chinese trio do not.
        assertEquals(i >= 2 && i <= 4, bed.endsWith("_noinconsistent.bed"), bed);
        assertTrue(t.file(FileRole.VCF).orElseThrow().fileName().startsWith("HG00" + i + "_GRCh3"));
      }
    }
    assertEquals(Build.CHM13, c.require("giab-hg002-v5.0q-chm13").build());
    assertTrue(c.require("giab-hg002-cmrg-v1.00-grch38").file(FileRole.VCF).orElseThrow().hasChecksum());
    final TruthSet strat = c.require("giab-strat-v3.1-grch38-all");
    assertEquals(TruthSetKind.STRATIFICATION, strat.kind());
    assertTrue(strat.file(FileRole.MD5_LIST).isPresent());
    assertEquals(28, c.truthSets().size());
    final CatalogueException e = assertThrows(CatalogueException.class, () -> c.require("hg002"));
    assertTrue(e.getMessage().contains("harness truth-sets list"), e.getMessage());
  }

  @Test
  void structuralVariantBenchmarksAreCatalogued() throws IOException {
    final TruthSetCatalogue c = real();
    final TruthSet tier1 = c.require("giab-hg002-sv-tier1-v0.6-grch37");
    final TruthSet cmrg37 = c.require("giab-hg002-cmrg-sv-v1.00-grch37");
    final TruthSet cmrg38 = c.require("giab-hg002-cmrg-sv-v1.00-grch38");
    final TruthSet q100 = c.require("giab-hg002-v5.0q-sv-grch38");
    for (TruthSet t : List.of(tier1, cmrg37, cmrg38, q100)) {
      assertEquals(TruthSetKind.STRUCTURAL_VARIANT, t.kind(), t.id());
      assertEquals("HG002", t.sample(), t.id());
      assertTrue(t.file(FileRole.VCF).isPresent() && t.file(FileRole.BED).isPresent(), t.id());
    }
    assertEquals(Build.GRCH37, tier1.build());
    assertEquals(Build.GRCH37, cmrg37.build());
    assertEquals(Build.GRCH38, cmrg38.build());
    assertEquals(Build.GRCH38, q100.build());
    // A release with both kinds is two entries sharing the release label, one per kind.
    assertEquals(TruthSetKind.SMALL_VARIANT, c.require("giab-hg002-v5.0q-grch38").kind());
    assertEquals(c.require("giab-hg002-v5.0q-grch38").release(), q100.release());
    assertEquals(c.require("giab-hg002-cmrg-v1.00-grch38").release(), cmrg38.release());
    assertEquals("HG002_GRCh38_v5.0q_stvar.vcf.gz", q100.file(FileRole.VCF).orElseThrow().fileName());
    // The shared Tier 1 files are chr21 cuts, so no whole-file checksum is sourceable: trust on first use.
    assertTrue(tier1.files().stream().noneMatch(TruthSetFile::hasChecksum));
    assertTrue(tier1.checksumNote().contains("chromosome-21 cuts"), tier1.checksumNote());
  }

  /** The CMRG SV VCF and BED pins must equal the whole-genome copies in the shared data, byte for byte. */
  @Test
  void structuralVariantChecksumsEqualTheSharedCopies() throws IOException {
    final TruthSetCatalogue c = real();
    final Path shared = SharedTestData.require("hg002-chr21-sv/cmrg-sv");
    for (TruthSet t : List.of(c.require("giab-hg002-cmrg-sv-v1.00-grch37"),
        c.require("giab-hg002-cmrg-sv-v1.00-grch38"))) {
      assertTrue(t.file(FileRole.VCF).orElseThrow().url().getPath().contains("/StructuralVariant/"), t.id());
      for (FileRole r : List.of(FileRole.VCF, FileRole.BED)) {
        final TruthSetFile f = t.file(r).orElseThrow();
        final byte[] bytes = Files.readAllBytes(shared.resolve(f.fileName()));
        assertEquals(Digests.sha256(bytes), f.sha256(), f.fileName());
        assertEquals(Long.valueOf(bytes.length), f.size(), f.fileName());
      }
      assertTrue(!t.file(FileRole.VCF_INDEX).orElseThrow().hasChecksum(), t.id());
    }
  }

  @Test
  void structuralVariantSetFollowsTheBenchmarkRules() throws IOException {
    final String sv = GOOD_SET.replace("kind: small-variant", "kind: structural-variant");
    assertEquals(TruthSetKind.STRUCTURAL_VARIANT,
        TruthSetCatalogue.load(write("sv", doc(sv))).require("a-set").kind());
    assertRefused("svnosample", doc(sv.replace("      sample: HG002\n", "")),
        "a structural-variant truth set needs a 'sample'");
    assertRefused("svnobed", doc(sv.replaceAll("(?m)^ *- \\{role: bed.*\n", "")),
        "a structural-variant truth set needs a 'bed' file");
    assertRefused("svtsv", doc(sv.replace("role: vcf_index, url: \"https://example.org/d/a.vcf.gz.tbi\"}",
        "role: vcf_index, url: \"https://example.org/d/a.vcf.gz.tbi\"}\n        - {role: tsv, url: "
            + "\"https://example.org/d/s.tsv\"}")), "structural-variant truth set cannot have a 'tsv'");
    assertRefused("svkind", doc(GOOD_SET.replace("kind: small-variant", "kind: sv")),
        "kind 'sv' is not one of small-variant, structural-variant, stratification");
  }

  private static final String GOOD_SET = """
        - id: a-set
          sample: HG002
          release: v1
          build: GRCh38
          kind: small-variant
          licence: pd
          citation: none
          files:
            - {role: vcf, url: "https://example.org/d/a.vcf.gz"}
            - {role: vcf_index, url: "https://example.org/d/a.vcf.gz.tbi"}
            - {role: bed, url: "https://example.org/d/a.bed", md5: 0123456789abcdef0123456789abcdef, \
    checksum_source: test}
      """;

  private static Path write(String name, String yaml) throws IOException {
    final Path f = Files2.scratch("catalogues-" + name).resolve("catalogue.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  private static String doc(String sets) {
    return "catalogue_version: 0.1\nchangelog: [\"0.1: test\"]\ntruth_sets:\n" + sets;
  }

  @Test
  void minimalCatalogueLoads() throws IOException {
    final TruthSetCatalogue c = TruthSetCatalogue.load(write("good", doc(GOOD_SET)));
    final TruthSet t = c.require("a-set");
    assertEquals("a.bed", t.file(FileRole.BED).orElseThrow().fileName());
    assertEquals("0123456789abcdef0123456789abcdef", t.file(FileRole.BED).orElseThrow().md5());
  }

  private static void assertRefused(String name, String yaml, String... mustContain) throws IOException {
    final Path f = write(name, yaml);
    final CatalogueException e = assertThrows(CatalogueException.class, () -> TruthSetCatalogue.load(f));
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
    for (String s : mustContain) {
      assertTrue(e.getMessage().contains(s), "'" + s + "' missing from: " + e.getMessage());
    }
    assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
  }

  @Test
  void brokenCataloguesAreRefused() throws IOException {
    assertRefused("dup", doc(GOOD_SET + GOOD_SET), "'a-set' appears more than once");
    assertRefused("nobuild", doc(GOOD_SET.replace("      build: GRCh38\n", "")), "'a-set'", "'build' is missing");
    assertRefused("hg38", doc(GOOD_SET.replace("GRCh38", "hg38")), "build 'hg38'");
    assertRefused("ftp", doc(GOOD_SET.replace("https://example.org/d/a.bed", "ftp://example.org/d/a.bed")),
        "files[2]", "url 'ftp://example.org/d/a.bed'");
    assertRefused("dirurl", doc(GOOD_SET.replace("https://example.org/d/a.bed", "https://example.org/d/")),
        "must be an absolute http(s) URL of a file");
    assertRefused("md5", doc(GOOD_SET.replace("0123456789abcdef0123456789abcdef", "0123abc")), "md5 '0123abc'");
    assertRefused("md5num", doc(GOOD_SET.replace("0123456789abcdef0123456789abcdef", "0123")),
        "md5 must be a quoted string");
    assertRefused("nosource", doc(GOOD_SET.replace(", \\\n    checksum_source: test", "")
        .replace(", checksum_source: test", "")), "without 'checksum_source'");
    assertRefused("typo", doc(GOOD_SET.replace("md5:", "mdd5:")), "unknown field 'mdd5'");
    assertRefused("norole", doc(GOOD_SET.replace("role: vcf_index", "role: index")), "role 'index'");
    assertRefused("notbi", doc(GOOD_SET.replaceAll("(?m)^ *- \\{role: vcf_index.*\n", "")),
        "needs a 'vcf_index' file");
    assertRefused("badid", doc(GOOD_SET.replace("id: a-set", "id: A Set")), "id 'A Set'");
    assertRefused("nochangelog", "catalogue_version: 1\ntruth_sets:\n" + GOOD_SET, "'changelog'");
    assertRefused("syntax", doc(GOOD_SET + "  - {id: [\n"), "not valid YAML/JSON");
    assertRefused("dupkey", doc(GOOD_SET.replace("      kind: small-variant\n",
        "      kind: small-variant\n      kind: stratification\n")), "Duplicate field 'kind'");
  }
}
