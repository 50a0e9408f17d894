package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@link SiteSyntax} must never accept a line htsjdk rejects: unusual and malformed variants of one record give
 * the same record or the same error with and without the fast check; and ordinary real lines do take the fast
 * path.
 */
class SiteSyntaxTest {
  private static final String BASE = "chr1\t100\trs1\tA\tG\t50\tPASS\tDP=10;DB\tGT:GQ\t0/1:30";

  /** Column index (0-based) and replacement text, applied to {@link #BASE}. */
  private static final String[][] MUTATIONS = {
      {"2", ""}, {"2", "rs1;rs2"}, {"2", "a b"},
      {"3", ""}, {"3", "X"}, {"3", "a"}, {"3", "acgtn"}, {"3", "*"}, {"3", "<DEL>"}, {"3", "A C"}, {"3", "."},
      {"3", "AR"}, {"3", "N"},
      {"4", ""}, {"4", "."}, {"4", "A"}, {"4", "G,G"}, {"4", "G,"}, {"4", ",G"}, {"4", "g"}, {"4", "a"},
      {"4", "*"}, {"4", "<DEL>"}, {"4", "<>"}, {"4", "<"}, {"4", "G]chr1:5]"}, {"4", ".G"}, {"4", "G."},
      {"4", "G,."}, {"4", "N"}, {"4", "<DEL>,<DEL>"}, {"4", "<del>,<DEL>"}, {"4", "G,*,<NON_REF>"},
      {"4", "GT,G,GTT"}, {"4", "R"}, {"4", "<<DEL>>"},
      {"5", "."}, {"5", "nan"}, {"5", "NaN"}, {"5", "Inf"}, {"5", "-1"}, {"5", "1e5"}, {"5", "abc"},
      {"6", ""}, {"6", "0"}, {"6", "."}, {"6", "q10;s50"}, {"6", ";q10"}, {"6", "q10;"}, {"6", "q10;;s50"},
      {"6", "q 10"}, {"6", "PASS;q10"}, {"6", "0;q10"}, {"6", "q10\u00e9"}, {"6", "pass"},
      {"7", ""}, {"7", "."}, {"7", "DP=10;END=105"}, {"7", "END=100"}, {"7", "END=99"}, {"7", "END"},
      {"7", "END=x"}, {"7", "DP=1 0"}, {"7", "A=%3D"}, {"7", "XEND=5"}, {"7", "ENDX=3"}, {"7", ";"},
      {"7", "DP=10;"}, {"7", "=5"}, {"7", "DB=0"}, {"7", "DP=1,2,,3"}, {"7", "DP"},
      // columns the byte-level parser reads itself: POS, QUAL, FORMAT, the sample
      {"1", "0"}, {"1", "-5"}, {"1", "+5"}, {"1", "0100"}, {"1", "2147483648"}, {"1", "12345678901"}, {"1", "1e3"},
      {"5", "007"}, {"5", "5."}, {"5", ".5"}, {"5", "-0.0"}, {"5", "3.14159265358979323"}, {"5", "1234567890123456"},
      {"5", "0.1"}, {"5", "99.99"}, {"5", "1,5"}, {"5", ""},
      {"8", "GQ:GT"}, {"8", "GQ"}, {"8", ""}, {"8", "GT:GQ:FT"}, {"8", "GT:FT"},
      {"9", "0/2:30"}, {"9", "0/x:30"}, {"9", "./.:30"}, {"9", "1:30"}, {"9", "0|1:30"}, {"9", "|1:30"},
      {"9", "0/1:3.5"}, {"9", "0/1:x"}, {"9", "0/1:."}, {"9", "0/1:"}, {"9", "0/1"}, {"9", "."}, {"9", ""},
      {"9", "0/1/1:20"}, {"9", "1/0|1:20"}, {"9", "0/1:1e2"}, {"9", "01/1:20"}, {"9", "0/1:30:LowQual"},
      {"0", "chr\u00e91"}, {"2", "rs\u00e9"},
  };

  @Test
  void everyMutationGivesTheSameOutcomeWithAndWithoutTheFastCheck() {
    final Path dir = TestFiles.scratch("site-syntax");
    int fast = 0;
    for (String version : new String[] {"VCFv4.2", "VCFv4.3"}) {
      for (int m = 0; m < MUTATIONS.length; m++) {
        final String[] cols = BASE.split("\t", -1);
        cols[Integer.parseInt(MUTATIONS[m][0])] = MUTATIONS[m][1];
        final String line = String.join("\t", cols);
        final Path vcf = TestFiles.write(dir.resolve(version + "-" + m + ".vcf"), "##fileformat=" + version
            + "\n##contig=<ID=chr1,length=1000>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
            + line + "\n");
        final String reference = outcome(vcf, VcfInput.Decoding.HTSJDK);
        assertEquals(reference, outcome(vcf, VcfInput.Decoding.FAST), "line: " + line);
        if (wouldSkipCodec(line)) {
          fast++;
        }
      }
    }
    // The mutations include accepted lines that take the fast path; otherwise this test proves nothing.
    assertTrue(fast >= 20, "only " + fast + " mutated lines took the fast path");
  }

  /** Intake's shortcut: whenever it answers true, htsjdk's codec accepts the line (on both VCF versions). */
  @Test
  void codecWouldAcceptNeverAnswersTrueForALineTheCodecRejects() {
    final int[] scratch = new int[8];
    int accepted = 0;
    int rejectedByCodec = 0;
    for (String version : new String[] {"VCFv4.2", "VCFv4.3"}) {
      for (String[] mutation : MUTATIONS) {
        final String[] cols = BASE.split("\t", -1);
        cols[Integer.parseInt(mutation[0])] = mutation[1];
        final String line = String.join("\t", cols);
        final htsjdk.variant.vcf.VCFCodec codec = new htsjdk.variant.vcf.VCFCodec();
        codec.readActualHeader(new HeaderLineIterator(List.of("##fileformat=" + version,
            "##contig=<ID=chr1,length=1000>", "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1")));
        boolean codecAccepts;
        try {
          codec.decode(line);
          codecAccepts = true;
        } catch (RuntimeException e) {
          codecAccepts = false;
          rejectedByCodec++;
        }
        if (SiteSyntax.codecWouldAccept(line, scratch)) {
          accepted++;
          assertTrue(codecAccepts, "shortcut accepts a line the codec rejects: " + line);
        }
      }
    }
    assertTrue(accepted >= 20 && rejectedByCodec >= 20, accepted + " accepted, " + rejectedByCodec + " rejected");
    assertTrue(SiteSyntax.codecWouldAccept(BASE, scratch));
    assertFalse(SiteSyntax.codecWouldAccept("chr1\t100\trs1\tA\tG\t50\tPASS\tDP=10", scratch), "no FORMAT");
    assertFalse(SiteSyntax.codecWouldAccept(BASE.replace("\t50\t", "\t-0\t"), scratch), "signed QUAL");
    assertFalse(SiteSyntax.codecWouldAccept(BASE.replace("\t50\t", "\t1e999\t"), scratch), "infinite QUAL");
    assertTrue(SiteSyntax.codecWouldAccept(BASE.replace("\t50\t", "\t1.5e-3\t"), scratch), "exponent");
  }

  @Test
  void lineEndingsBlankLinesAndCompressionReadTheSameOnBothPaths() throws IOException {
    final Path dir = TestFiles.scratch("site-syntax-endings");
    final String header = "##fileformat=VCFv4.2\r\n##contig=<ID=chr1,length=1000>\n"
        + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\r\n";
    final String body = "chr1\t100\t.\tA\tG\t50\tPASS\t.\tGT:GQ\t0/1:30\r\n"
        + "chr1\t110\t.\tC\tT\t50.5\tPASS\t.\tGT:GQ\t1|1:40\r"
        + "\n\n"
        + "chr1\t120\t.\tG\tGA\t.\tq10\tDP=3\tGT\t0/1\r"
        + "chr2\t5\t.\tT\t<DEL>\t7\t.\t.\tGT:GQ\t1/1:9";
    final byte[] text = (header + body).getBytes(StandardCharsets.US_ASCII);
    final Path plain = Files.write(dir.resolve("e.vcf"), text);
    final Path bgz = TestFiles.bgzip(text, dir.resolve("e.vcf.gz"));
    final Path gz = dir.resolve("g.vcf.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text);
    }
    String first = null;
    for (Path vcf : new Path[] {plain, bgz, gz}) {
      final String reference = outcome(vcf, VcfInput.Decoding.HTSJDK);
      assertEquals(reference, outcome(vcf, VcfInput.Decoding.FAST), vcf.toString());
      assertEquals(4, reference.lines().count(), reference);
      first = first == null ? reference : first;
      assertEquals(first, reference, "all compressions read the same records");
    }
  }

  @Test
  void ordinaryLinesTakeTheFastPath() {
    assertTrue(wouldSkipCodec(BASE));
    assertTrue(wouldSkipCodec("21\t9411318\t.\tC\tT,CA,<NON_REF>\t31.65\tLowQual;LowGQX\tAC=1;MQ=57\tGT:PL\t1/2:6,0"));
    assertTrue(wouldSkipCodec("21\t9411318\t.\tc\t*\t.\t.\t.\tGT\t0|1"));
    assertFalse(wouldSkipCodec("21\t9411318\t.\tC\tT\t.\t.\tEND=9411320\tGT\t0|1"));
    assertFalse(wouldSkipCodec("21\t9411318\t.\tC\tC\t.\t.\t.\tGT\t0|1"));
    assertFalse(wouldSkipCodec("21\t9411318\t.\tC\tt\t.\t.\t.\tGT\t0|1"));
  }

  @Test
  void realCallerLinesAllTakeTheFastPath() throws IOException {
    for (String rel : new String[] {"hg002-chr21-sarek/sarek/hg37/HG002.haplotypecaller.chr21.vcf.gz",
        "hg002-chr21-sarek/sarek/hg37/HG002.strelka.variants.chr21.vcf.gz",
        "hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz"}) {
      int lines = 0;
      int slow = 0;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
          Files.newInputStream(TestFiles.shared(rel))), StandardCharsets.US_ASCII))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.startsWith("#")) {
            lines++;
            slow += wouldSkipCodec(line) ? 0 : 1;
          }
        }
      }
      assertTrue(lines > 50_000, rel);
      assertEquals(0, slow, rel + ": lines needing the codec");
    }
  }

  static boolean isBases(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> "ACGTNacgtn".indexOf(c) >= 0);
  }

  private static boolean wouldSkipCodec(String line) {
    final List<Integer> tabs = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\t') {
        tabs.add(i);
      }
    }
    final int[] t = new int[Math.max(9, tabs.size())];
    for (int i = 0; i < tabs.size(); i++) {
      t[i] = tabs.get(i);
    }
    final boolean answer = SiteSyntax.provablyValid(line, t);
    // The byte version (used by the byte-level parser) must answer the same on ASCII lines.
    if (line.chars().allMatch(c -> c < 0x80)) {
      final byte[] b = ("xx" + line).getBytes(StandardCharsets.ISO_8859_1);
      final int[] bt = new int[t.length];
      for (int i = 0; i < tabs.size(); i++) {
        bt[i] = tabs.get(i) + 2;
      }
      assertEquals(answer, SiteSyntax.provablyValid(b, 2, bt), "byte version disagrees on: " + line);
    }
    return answer;
  }

  /** The record as text, or the error message. */
  private static String outcome(Path vcf, VcfInput.Decoding decoding) {
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL, decoding)) {
      final StringBuilder sb = new StringBuilder();
      for (ContigRecords c = in.nextContig(); c != null; c = in.nextContig()) {
        for (LoadedRecord r : c.records()) {
          sb.append(r.toString().replaceAll("Variant@[0-9a-f]+", "")).append(' ').append(r.variant()).append('\n');
        }
      }
      return sb.toString();
    } catch (InputException e) {
      return "error: " + e.getMessage();
    }
  }
}
