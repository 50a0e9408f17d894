package dk.harness.io;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes VCF record lines under a fixed, valid two-sample header, so the fuzzer spends its time on the data
 * lines: the fast byte-level parser ({@link FastRecordParser}, {@link SiteSyntax}) and the HTSJDK path must give
 * the same records or the same {@link InputException}, naming the file. The first input byte picks the sample
 * (bit 0) and the score field (bit 1); the rest follows the header.
 */
class VcfRecordsFuzzTest {
  private static final Path VCF = FuzzFiles.folder("vcf-records").resolve("in.vcf");
  static final String HEADER = """
      ##fileformat=VCFv4.2
      ##FILTER=<ID=PASS,Description="All filters passed">
      ##FILTER=<ID=q10,Description="Quality below 10">
      ##ALT=<ID=DEL,Description="Deletion">
      ##ALT=<ID=NON_REF,Description="Any other allele">
      ##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
      ##INFO=<ID=END,Number=1,Type=Integer,Description="End position">
      ##INFO=<ID=AF,Number=A,Type=Float,Description="Allele frequency">
      ##INFO=<ID=DB,Number=0,Type=Flag,Description="dbSNP">
      ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
      ##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="Genotype quality">
      ##FORMAT=<ID=FT,Number=1,Type=String,Description="Sample filter">
      ##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
      ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allele depths">
      ##FORMAT=<ID=PS,Number=1,Type=Integer,Description="Phase set">
      ##contig=<ID=chr1,length=248956422>
      ##contig=<ID=chr20,length=64444167>
      #CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	S1	S2
      """;

  static Stream<Arguments> records() {
    return Stream.of(
        seed(0, """
            chr1	10	.	A	G	50	PASS	DP=30;AF=0.5	GT:GQ:DP	0/1:40:30	1/1:99:28
            chr1	20	rs7	AT	A	12.5	q10	DB	GT:GQ:FT	1|0:20:PASS	0|1:3:q10
            chr1	30	.	C	T,G	.	.	AF=0.2,0.3	GT:AD	1/2:0,5,6	./.:.
            chr20	5	.	G	*,T	30	PASS	.	GT:PS	2|1:5	1|2:5
            chr20	9	.	A	<DEL>	.	PASS	END=500	GT	./1	1
            """),
        seed(1, """
            chr1	1	.	N	A	.	.	.	GT	0/1	1/1
            chr1	5	.	acgt	a	99	PASS	.	GT:GQ	1:7	.
            chr1	5	.	T	<NON_REF>	.	.	END=99	GT:GQ	0/0:99	0/0:1
            chr20	1	.	G	A	1e3	PASS	.	GT	|1	0/0/1
            """),
        seed(2, """
            chr20	100	.	G	G]17:198982]	.	PASS	.	GT	0/1	0/0
            chr20	101	.	TTT	T	3.5	q10;PASS	.	FT:GT	LowGQ:1/1	.:0|1
            chr20	102	.	C	CA	.	.	.	GT:GQ	1/0:2.5	0/1:-1
            """),
        seed(3, "chr1\t7\t.\tA\tC\t.\t.\t.\tGT:GQ\t0/1:12\t1/1:.\r\nchr1\t8\t.\tA\tC\t.\t.\t.\tGT\t1/1\t0/1\n"));
  }

  @MethodSource
  @DictionaryFile(resourcePath = "vcf.dict")
  @FuzzTest
  void records(byte[] data) {
    final int choice = data.length == 0 ? 0 : data[0];
    final ByteArrayOutputStream file = new ByteArrayOutputStream(HEADER.length() + data.length);
    file.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
    if (data.length > 1) {
      file.write(data, 1, data.length - 1);
    }
    FuzzFiles.write(VCF, file.toByteArray());
    VcfFuzzSupport.readBothWaysAndCompare(VCF, (choice & 1) == 0 ? "S1" : "S2",
        (choice & 2) == 0 ? ScoreField.GQ : ScoreField.QUAL);
  }

  private static Arguments seed(int choice, String lines) {
    final byte[] body = lines.getBytes(StandardCharsets.UTF_8);
    final byte[] data = new byte[body.length + 1];
    data[0] = (byte) choice;
    System.arraycopy(body, 0, data, 1, body.length);
    return arguments((Object) data);
  }
}
