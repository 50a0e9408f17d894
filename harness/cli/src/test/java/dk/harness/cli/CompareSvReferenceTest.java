package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Symbolic truth calls against sequence-resolved query calls, with and without {@code --reference}. The verdicts
 * were checked with Truvari 5.4.0 on the same layout (a random 20 kb contig): with the reference, {@code <DEL>} and
 * {@code <INV>} get sequence and pctseq applies to them (an unrelated 200 bp deletion then fails pctseq 0.9; the
 * same deletion shifted by 2 and the reverse-complemented inversion pass); {@code <DUP>} matches the insertion of
 * its bases only with --dup-to-ins; without the reference nothing is compared by sequence.
 */
class CompareSvReferenceTest {
  private static final String HEADER = "##fileformat=VCFv4.2\n##contig=<ID=1,length=20000>\n"
      + "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"t\">\n"
      + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"e\">\n"
      + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"g\">\n"
      + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n";

  @Test
  void referenceResolvesSymbolicAllelesForSequenceSimilarity() throws IOException {
    final Path dir = TestData.scratch("sv-reference");
    final Random rnd = new Random(5);
    final String seq = random(rnd, 20_000);
    final StringBuilder fa = new StringBuilder(">1\n");
    for (int i = 0; i < seq.length(); i += 60) {
      fa.append(seq, i, Math.min(seq.length(), i + 60)).append('\n');
    }
    Files.writeString(dir.resolve("ref.fa"), fa);
    Files.writeString(dir.resolve("ref.fa.fai"), "1\t20000\t3\t60\t61\n");
    Files.writeString(dir.resolve("truth.vcf"), HEADER
        + rec(2001, "tdel", seq.substring(2000, 2001), "<DEL>", "SVTYPE=DEL;END=2200")
        + rec(6001, "tinv", seq.substring(6000, 6001), "<INV>", "SVTYPE=INV;END=6300")
        + rec(10001, "tdup", seq.substring(10000, 10001), "<DUP>", "SVTYPE=DUP;END=10150")
        + rec(14001, "tdel2", seq.substring(14000, 14001), "<DEL>", "SVTYPE=DEL;END=14200"));
    Files.writeString(dir.resolve("query.vcf"), HEADER
        + rec(2003, "qdel", seq.substring(2002, 2202), seq.substring(2002, 2003), ".")
        + rec(6001, "qinv", seq.substring(6000, 6300), revcomp(seq.substring(6000, 6300)), "SVTYPE=INV")
        + rec(10001, "qins", seq.substring(10000, 10001), seq.charAt(10000) + seq.substring(10000, 10150), ".")
        + rec(14001, "qdel2", seq.charAt(14000) + random(rnd, 199), seq.substring(14000, 14001), "."));

    assertEquals("tp-base=[tdel, tinv] fn=[tdup, tdel2] tp-comp=[qdel, qinv] fp=[qins, qdel2]",
        run(dir, "with-ref", "--reference", dir.resolve("ref.fa").toString()));
    assertEquals("tp-base=[tdel, tinv, tdup] fn=[tdel2] tp-comp=[qdel, qinv, qins] fp=[qdel2]",
        run(dir, "with-ref-dup", "--reference", dir.resolve("ref.fa").toString(), "--dup-to-ins"));
    assertEquals("tp-base=[tdel, tinv, tdel2] fn=[tdup] tp-comp=[qdel, qinv, qdel2] fp=[qins]",
        run(dir, "without-ref"));
  }

  private static String run(Path dir, String name, String... extra) throws IOException {
    final List<String> args = new ArrayList<>(List.of("compare-sv", "--truth", dir.resolve("truth.vcf").toString(),
        "--query", dir.resolve("query.vcf").toString(), "--pctseq", "0.9", "-o", dir.resolve(name).toString()));
    args.addAll(List.of(extra));
    final TestData.Run r = TestData.run(args.toArray(new String[0]));
    assertEquals(0, r.exitCode(), r.stderr());
    final StringBuilder sb = new StringBuilder();
    for (String f : List.of("tp-base", "fn", "tp-comp", "fp")) {
      sb.append(sb.length() == 0 ? "" : " ").append(f).append('=').append(ids(dir.resolve(name).resolve(f + ".vcf.gz")));
    }
    return sb.toString();
  }

  private static List<String> ids(Path vcfGz) throws IOException {
    final List<String> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(vcfGz))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          out.add(line.split("\t")[2]);
        }
      }
    }
    return out;
  }

  private static String rec(int pos, String id, String ref, String alt, String info) {
    return "1\t" + pos + "\t" + id + "\t" + ref + "\t" + alt + "\t.\tPASS\t" + info + "\tGT\t0/1\n";
  }

  private static String random(Random rnd, int n) {
    final StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("ACGT".charAt(rnd.nextInt(4)));
    }
    return sb.toString();
  }

  private static String revcomp(String s) {
    final StringBuilder sb = new StringBuilder();
    for (int i = s.length() - 1; i >= 0; i--) {
      sb.append(switch (s.charAt(i)) {
        case 'A' -> 'T';
        case 'C' -> 'G';
        case 'G' -> 'C';
        default -> 'A';
      });
    }
    return sb.toString();
  }
}
