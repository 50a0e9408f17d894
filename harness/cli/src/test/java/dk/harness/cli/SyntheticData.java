package dk.harness.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes tiny hand-made inputs (indexed FASTA, VCFs, BED) for cases the real data cannot show. */
final class SyntheticData {
  private final Path dir;
  private final Map<String, String> contigs = new LinkedHashMap<>();

  SyntheticData(Path dir, String... contigNames) {
    this.dir = dir;
    final Random random = new Random(42);
    for (String name : contigNames) {
      final StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        sb.append("ACGT".charAt(random.nextInt(4)));
      }
      contigs.put(name, sb.toString());
    }
  }

  /** The reference base at 1-based {@code pos}. */
  char base(String contig, int pos) {
    return contigs.get(contig).charAt(pos - 1);
  }

  /** A base different from the reference at {@code pos}. */
  char alt(String contig, int pos) {
    final char r = base(contig, pos);
    return r == 'A' ? 'G' : r == 'C' ? 'T' : r == 'G' ? 'A' : 'C';
  }

  /** A SNP record line: CHROM POS . REF ALT 50 FILTER . GT gt. */
  String snp(String contig, int pos, String filter, String gt) {
    return contig + "\t" + pos + "\t.\t" + base(contig, pos) + "\t" + alt(contig, pos) + "\t50\t" + filter + "\t.\tGT\t"
        + gt;
  }

  /** One-line-per-contig FASTA with its .fai. */
  Path fasta() throws IOException {
    final Path fa = dir.resolve("ref.fa");
    final StringBuilder text = new StringBuilder();
    final StringBuilder fai = new StringBuilder();
    for (Map.Entry<String, String> e : contigs.entrySet()) {
      text.append('>').append(e.getKey()).append('\n');
      final int offset = text.length();
      text.append(e.getValue()).append('\n');
      fai.append(e.getKey()).append('\t').append(e.getValue().length()).append('\t').append(offset).append('\t')
          .append(e.getValue().length()).append('\t').append(e.getValue().length() + 1).append('\n');
    }
    Files.writeString(fa, text, StandardCharsets.US_ASCII);
    Files.writeString(Path.of(fa + ".fai"), fai, StandardCharsets.US_ASCII);
    return fa;
  }

  /** A plain VCF with ##contig lines for every contig and one sample. */
  Path vcf(String name, String sample, List<String> records) throws IOException {
    final List<String> lines = new ArrayList<>();
    lines.add("##fileformat=VCFv4.2");
    lines.add("##FILTER=<ID=PASS,Description=\"All filters passed\">");
    lines.add("##FILTER=<ID=LowQual,Description=\"Low quality\">");
    lines.add("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">");
    for (Map.Entry<String, String> e : contigs.entrySet()) {
      lines.add("##contig=<ID=" + e.getKey() + ",length=" + e.getValue().length() + ">");
    }
    lines.add("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + sample);
    lines.addAll(records);
    final Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
    return p;
  }

  Path bed(String name, String... lines) throws IOException {
    final Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
    return p;
  }
}
