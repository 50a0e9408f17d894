package dk.harness.io;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes a whole VCF file, header and records: {@link VcfInput} either reads it or refuses it with an
 * {@link InputException} naming the file, and its fast byte-level path and the HTSJDK path give the same records
 * or the same refusal. Without JAZZER_FUZZ this runs the seeds below (and any file under
 * {@code VcfFileFuzzTestInputs/}); docs/reliability.md ("Fuzzing") says how to fuzz it.
 */
class VcfFileFuzzTest {
  private static final Path VCF = FuzzFiles.folder("vcf-file").resolve("in.vcf");

  static Stream<Arguments> headerAndRecords() {
    return Stream.of(
        seed("""
            ##fileformat=VCFv4.2
            ##FILTER=<ID=PASS,Description="All filters passed">
            ##FILTER=<ID=LowQual,Description="Low quality">
            ##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
            ##INFO=<ID=END,Number=1,Type=Integer,Description="End position">
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            ##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="Genotype quality">
            ##FORMAT=<ID=FT,Number=1,Type=String,Description="Sample filter">
            ##contig=<ID=chr20,length=64444167>
            ##contig=<ID=chr21,length=46709983>
            #CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	HG002
            chr20	100	.	A	G	50	PASS	DP=30	GT:GQ	0/1:40
            chr20	200	rs1	AT	A	12.5	LowQual	.	GT:GQ:FT	1|0:20:PASS
            chr20	300	.	C	T,G	.	.	.	GT	1/2
            chr20	400	.	G	*,T	30	PASS	.	GT	2|1
            chr21	10	.	A	<DEL>	.	PASS	END=500	GT	./1
            """),
        seed("""
            ##fileformat=VCFv4.1
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            #CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	S1	S2
            20	1	.	N	A	.	.	.	GT	0/1	1/1
            20	5	.	acgt	a	99	PASS	.	GT	1	.
            """),
        seed("""
            ##fileformat=VCFv4.3
            ##ALT=<ID=NON_REF,Description="Any other allele">
            ##INFO=<ID=END,Number=1,Type=Integer,Description="End">
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            ##FORMAT=<ID=GQ,Number=1,Type=Integer,Description="GQ">
            ##FORMAT=<ID=PL,Number=G,Type=Integer,Description="PL">
            #CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	NA12878
            chr1	1	.	T	<NON_REF>	.	.	END=99	GT:GQ:PL	0/0:99:0,99,990
            chr1	100	.	T	C,<NON_REF>	45.1	.	.	GT:GQ:PL	0/1:45:45,0,99,90,99,990
            """),
        seed("""
            ##fileformat=VCFv4.4
            ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
            #CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	S
            chrX	7	.	G	A	.	PASS	.	GT	|1
            chrX	9	.	G	G]17:198982]	.	PASS	.	GT	0/1
            """),
        seed("##fileformat=VCFv4.2\r\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\r\n"
            + "1\t1\t.\tA\tC\t1e3\tPASS\t.\tGT\t0/1\r\n"),
        arguments((Object) gzip(("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n"
            + "1\t1\t.\tA\tC\t.\t.\t.\tGT\t1/1\n").getBytes(StandardCharsets.UTF_8))));
  }

  @MethodSource
  @DictionaryFile(resourcePath = "vcf.dict")
  @FuzzTest
  void headerAndRecords(byte[] data) {
    FuzzFiles.write(VCF, data);
    VcfFuzzSupport.readBothWaysAndCompare(VCF, null, ScoreField.QUAL);
  }

  private static Arguments seed(String text) {
    return arguments((Object) text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] gzip(byte[] data) {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
