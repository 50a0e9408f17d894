package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.harness.core.sv.SvRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The byte-level fast path of {@link SvVcfReader} must give exactly the record of the general (split-based) parser,
 * or hand the line over (null); each line here is a spelling real SV files use or a corner of the general parser's
 * rules.
 */
class SvRecordFastParserTest {
  private static final Path FILE = Path.of("calls.vcf");

  /** Fast path result equals the general parser's whenever the fast path takes the line. */
  private static SvRecord same(String line, int sampleColumn) {
    final SvRecord general = SvVcfReader.parse(FILE, 7, line, 3, sampleColumn);
    final byte[] padded = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
    final int from = 2;
    final int to = padded.length - 2;
    final SvRecord fast = new SvRecordFastParser().parse(padded, from, to, 7, 3, sampleColumn, null, false);
    if (fast != null) {
      assertEquals(general, fast, line);
    }
    return fast;
  }

  @Test
  void symbolicDeletionWithEndSvlenAndConfidenceIntervals() {
    assertNotNull(same("21\t100\tdel1\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;SVLEN=-500;END=600;CIPOS=-10,12;CIEND=-3,-4"
        + "\tGT:GQ\t0/1:30", 9));
  }

  @Test
  void sequenceResolvedInsertionWithoutSvtype() {
    assertNotNull(same("21\t200\t.\tA\tACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTACGTA\t60\t.\tSVLEN=52\tGT\t1|1",
        9));
  }

  @Test
  void missingValuesDotsAndFlags() {
    assertNotNull(same("21\t300\t.\tN\t<INV>\t.\tLowQual;NoConsensus\tIMPRECISE;SVTYPE=.;SVLEN=.;END=.\tGT\t./.",
        9));
    assertNotNull(same("21\t300\t.\tN\t<INV>\t.\t.\tSVTYPE;SVLEN=.,5;END=abc;CIPOS=,,\tGT\t.", 9));
    assertNotNull(same("21\t300\t.\tN\t<DUP:TANDEM>\t.\t\t.\tGT\t1", 9));
    assertNotNull(same("21\t300\t.\tN\t<DUP>\t.\tPASS\t\tGT\t1", 9));
  }

  @Test
  void svtypeListAndLaterKeysWin() {
    assertNotNull(same("21\t300\t.\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL,INS;END=400;END=450;SVLEN=-100,-120;CIPOS=5"
        + "\tGT\t0/1", 9));
  }

  @Test
  void keysThatOnlyStartLikeTheSvKeysAreOtherKeys() {
    assertNotNull(same("21\t300\t.\tN\t<DEL>\t.\tPASS\tSVTYPEX=INS;ENDPOS=9;CIPOS95=-50,50;SVLENGTH=7;"
        + "CIEND95=1,2;EN=3;SVTYPE=DEL;END=900;C;S;E\tGT\t0/1", 9));
    assertNotNull(same("21\t300\t.\tN\t<DEL>\t.\tPASS\tEND=a=b;SVLEN==5;;;SVTYPE\tGT\t0/1", 9));
    assertNotNull(same("21\t300\t.\tN\t<DEL>\t.\tPASS\tLONGKEY_WITHOUT_ANY_SEMICOLON_FOR_MORE_THAN_EIGHT_BYTES=1;"
        + "END=12345678\tGT\t0/1", 9));
  }

  @Test
  void genotypeNotFirstMissingOrShortSampleColumn() {
    assertNotNull(same("21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGQ:GT:DP\t30:0|1:12", 9));
    assertNotNull(same("21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGQ:GT\t30", 9));
    assertNotNull(same("21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGQ:DP\t30:4", 9));
    assertNotNull(same("21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT", 9));
    assertNotNull(same("21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT\t0/1\t1/1", 10));
    assertNotNull(same("21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT\t0/1", 10));
    assertNotNull(same("21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200", -1));
  }

  @Test
  void multiAllelicAndBreakendAlleles() {
    assertNotNull(same("21\t10\t.\tA\tAT,ATT\t.\tPASS\t.\tGT\t1/2", 9));
    assertNotNull(same("21\t10\tbnd1\tG\tG]17:198982]\t.\tPASS\tSVTYPE=BND;CIPOS=0,8\tGT\t0/1", 9));
  }

  @Test
  void nonAsciiTextDecodesAsTheLineDoes() {
    assertNotNull(same("21\t10\tcall_é\tN\t<DEL>\t.\tPASS\tEND=200;NOTE=ü;SVTYPE=DEL\tGT\t0/1", 9));
  }

  @Test
  void unusualSpellingsGoToTheGeneralParser() {
    assertNull(same("21\t+10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT\t0/1", 9));
    assertNull(same("21\t0000000010\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT\t0/1", 9));
  }

  @Test
  void malformedLinesAreLeftToTheGeneralParserToReport() {
    for (String bad : new String[] {"21\t10\t.\tN\t<DEL>\t.\tPASS", "21\tx\t.\tN\t<DEL>\t.\tPASS\t.",
        "21\t0\t.\tN\t<DEL>\t.\tPASS\t.", "21\t10\t.\t\t<DEL>\t.\tPASS\t.", "21\t10\t.\tN\t<DEL>\t.\tPASS\t.\tGT\tx/y"}) {
      final byte[] b = bad.getBytes(StandardCharsets.UTF_8);
      assertNull(new SvRecordFastParser().parse(b, 0, b.length, 1, 0, 9, null, false), bad);
    }
  }

  @Test
  void passOnlyDropsTheTextOfRecordsThatDoNotPassOnly() {
    final String failing = "21\t10\t.\tN\t<DEL>\t.\tLowQual\tEND=200\tGT\t0/1";
    final String passing = "21\t20\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT\t0/1";
    final String dot = "21\t30\t.\tN\t<DEL>\t.\t.\tEND=200\tGT\t0/1";
    final SvRecordFastParser p = new SvRecordFastParser();
    assertNull(p.parse(bytes(failing), 0, failing.length(), 1, 0, 9, null, true).text());
    assertEquals(passing, p.parse(bytes(passing), 0, passing.length(), 1, 0, 9, null, true).text());
    assertEquals(dot, p.parse(bytes(dot), 0, dot.length(), 1, 0, 9, null, true).text());
    final SvRecord kept = p.parse(bytes(failing), 0, failing.length(), 1, 0, 9, null, false);
    assertEquals(failing, kept.text());
    assertEquals(Arrays.asList("LowQual"), kept.filters());
  }

  @Test
  void theContigStringOfThePreviousRecordIsReused() {
    final String contig = new String("chr21");
    final String line = "chr21\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT\t0/1";
    final SvRecord r = new SvRecordFastParser().parse(bytes(line), 0, line.length(), 1, 0, 9, contig, false);
    assertNotNull(r);
    assertSame(contig, r.contig());
    final String other = "chr2\t10\t.\tN\t<DEL>\t.\tPASS\tEND=200\tGT\t0/1";
    assertEquals("chr2", new SvRecordFastParser().parse(bytes(other), 0, other.length(), 1, 0, 9, contig, false)
        .contig());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
