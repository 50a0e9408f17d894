package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrilldownTest {
  private static final String FMT = "GT:BD:BK:BI:BVT:BLT:QQ";
  private static final String NONE = "./.:.:.:.:NOCALL:nocall:.";

  private static String line(String contig, int pos, String ref, String alt, String info, String truth,
      String query) {
    return String.join("\t", contig, Integer.toString(pos), ".", ref, alt, "30", ".", info, FMT, truth, query);
  }

  private static Path vcf(List<String> records) throws Exception {
    final Path p = Fixture.scratch("drilldown").resolve("x.vcf.gz");
    final StringBuilder sb = new StringBuilder("##fileformat=VCFv4.2\n##contig=<ID=chr1,length=10000>\n"
        + "##contig=<ID=chr2,length=10000>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tTRUTH\tQUERY\n");
    records.forEach(r -> sb.append(r).append('\n'));
    try (OutputStream out = new BlockCompressedOutputStream(Files.newOutputStream(p), (Path) null)) {
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void groupsByBlockAndDistanceAndRanksBySize() throws Exception {
    final Path p = vcf(List.of(
        line("chr1", 100, "A", "G", "BS=100;Regions=CONF,TS_contained", "0/1:TP:gm:ti:SNP:het:30",
            "0/1:TP:gm:ti:SNP:het:30"),
        line("chr1", 200, "C", "T", "Regions=CONF,homopolymer", "0/1:FN:.:ti:SNP:het:.", NONE),
        line("chr1", 205, "G", "GA", "Regions=CONF,homopolymer", NONE, "0/1:FP:.:i1_5:INDEL:het:12"),
        line("chr1", 500, "A", "T", "BS=500;Regions=CONF", "0/1:FN:am:tv:SNP:het:.", "1/1:FP:am:tv:SNP:homalt:20"),
        line("chr1", 530, "AT", "A", "BS=500;Regions=CONF,tandem", NONE, "0/1:FP:lm:d1_5:INDEL:het:9"),
        line("chr1", 1000, "C", "A", "Regions=CONF", NONE, "0/1:FP:.:tv:SNP:het:5"),
        line("chr1", 3000, "C", "A", "Regions=TS_boundary", NONE, "0/1:UNK:.:tv:SNP:het:5"),
        line("chr2", 1005, "T", "C", "Regions=CONF", "1/1:FN:.:ti:SNP:homalt:.", NONE)));
    final Drilldown d = Drilldown.read(p, 10);
    assertEquals(4, d.groupCount());
    final List<ErrorGroup> g = d.groups();
    assertEquals("chr1:500-531", g.get(0).locus(), "three records in block 500 (the 530 one joins by BS)");
    assertEquals(1, g.get(0).fn());
    assertEquals(2, g.get(0).fp());
    assertEquals(List.of("genotype differs: the same alleles, another genotype",
        "alleles differ: calls near each other do not give the same haplotypes"), g.get(0).why());
    assertEquals("chr1:200-205", g.get(1).locus(), "within 10 bases");
    assertEquals(List.of("homopolymer"), List.copyOf(g.get(1).strata()));
    assertEquals("chr1:150-255", g.get(1).igvLocus());
    assertEquals("chr1:1000-1000", g.get(2).locus(), "equal sizes keep VCF order");
    assertEquals("chr2:1005-1005", g.get(3).locus(), "another contig starts a group");
    assertEquals(Map.of("SNP FN missed", 2L, "SNP FN genotype", 1L, "SNP FP genotype", 1L,
        "INDEL FP false call", 1L, "INDEL FP allele", 1L, "SNP FP false call", 1L), d.kinds());
    assertEquals(3, d.fn());
    assertEquals(4, d.fp());
    assertEquals(2, d.strata().get("homopolymer")[0] + d.strata().get("homopolymer")[1]);
    assertEquals(1, Drilldown.read(p, 1).groups().size(), "limit");
  }

  @Test
  void aFileThatIsNotAGa4ghVcfIsNamed() throws Exception {
    final Path p = Fixture.scratch("drilldown-bad").resolve("y.vcf.gz");
    try (OutputStream out = new BlockCompressedOutputStream(Files.newOutputStream(p), (Path) null)) {
      out.write("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tHG002\n".getBytes(StandardCharsets.UTF_8));
    }
    final InputException e = assertThrows(InputException.class, () -> Drilldown.read(p, 5));
    assertTrue(e.getMessage().contains("y.vcf.gz") && e.getMessage().contains("TRUTH and QUERY"), e.getMessage());
  }
}
