package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.harness.testkit.BcftoolsType.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BcftoolsTypeTest {

  @Test
  void perAltClasses() {
    assertEquals(Kind.SNP, BcftoolsType.kind("A", "G"));
    assertEquals(Kind.REF, BcftoolsType.kind("A", "A"));
    assertEquals(Kind.SNP, BcftoolsType.kind("AC", "AG"), "padded SNP");
    assertEquals(Kind.MNP, BcftoolsType.kind("AC", "GT"));
    assertEquals(Kind.INDEL, BcftoolsType.kind("A", "AT"));
    assertEquals(Kind.INDEL, BcftoolsType.kind("CAG", "G"));
    assertEquals(Kind.OTHER, BcftoolsType.kind("AC", "GTT"));
    assertEquals(Kind.OVERLAP, BcftoolsType.kind("A", "*"));
    assertEquals(Kind.OTHER, BcftoolsType.kind("A", "<DEL>"));
  }

  /**
   * The rule reproduces the provenance's counts_by_type.txt (made with bcftools view -v snps|indels) on vcfeval's
   * own output files of all twelve na12878 runs, so the oracle's per-type numbers are computed the same way.
   */
  @Test
  void reproducesBcftoolsOnTheNa12878OutputFiles() throws IOException {
    final SharedData data = SharedData.require();
    for (Path dir : Na12878OracleTest.expectedDirs(data)) {
      for (String line : Files.readAllLines(dir.resolve("counts_by_type.txt"))) {
        final String file = line.substring(0, line.indexOf(':'));
        long snps = 0;
        long indels = 0;
        for (RecordKey.Line l : RecordKey.readLines(dir.resolve(file + ".vcf.gz"))) {
          final List<String> alts = Arrays.asList(l.key().alt().split(","));
          snps += BcftoolsType.isSnp(l.key().ref(), alts) ? 1 : 0;
          indels += BcftoolsType.isIndel(l.key().ref(), alts) ? 1 : 0;
        }
        assertEquals(line.replaceAll(".*snps=(-?\\d+) indels=(-?\\d+).*", "$1 $2"), snps + " " + indels,
            dir + " " + file);
      }
    }
  }
}
