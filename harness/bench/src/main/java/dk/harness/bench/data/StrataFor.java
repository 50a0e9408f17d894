package dk.harness.bench.data;

import dk.harness.io.ContigRecords;
import dk.harness.io.FastaReference;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The twelve {@link SyntheticStrata} of any indexed reference and truth VCF, contig by contig, appended to an
 * existing stratification TSV (or written to a new one): used to give a {@code harness simulate} cohort as many
 * strata as the tiled bench data has. Deterministic.
 *
 * <p>Usage: {@code java -cp harness-bench.jar dk.harness.bench.data.StrataFor --reference FA --truth VCF
 * --out DIR [--append TSV]}: writes {@code DIR/<name>.bed} per stratum and the TSV ({@code --append}'s lines
 * first, with their paths made relative to DIR, then the new strata) as {@code DIR/strata.tsv}.
 */
public final class StrataFor {
  private StrataFor() {
  }

  public static void main(String[] args) throws IOException {
    final Map<String, String> a = TiledGenome.Cli.options(args, "reference", "truth", "out", "append");
    final Path out = Path.of(TiledGenome.Cli.required(a, "out"));
    Files.createDirectories(out);
    final Map<String, int[]> starts = truthStarts(Path.of(TiledGenome.Cli.required(a, "truth")));
    final Map<String, Writer> beds = new LinkedHashMap<>();
    try (FastaReference fasta = FastaReference.open(Path.of(TiledGenome.Cli.required(a, "reference")))) {
      for (String contig : fasta.contigLengths().keySet()) {
        final var ref = fasta.contig(contig);
        final byte[] seq = ref.bases(0, ref.length());
        final int[] s = starts.getOrDefault(contig, new int[0]);
        for (Map.Entry<String, int[]> e : SyntheticStrata.compute(seq, s).entrySet()) {
          Writer w = beds.get(e.getKey());
          if (w == null) {
            w = Files.newBufferedWriter(out.resolve(e.getKey() + ".bed"), StandardCharsets.US_ASCII);
            beds.put(e.getKey(), w);
          }
          final int[] iv = e.getValue();
          for (int i = 0; i < iv.length; i += 2) {
            w.write(contig + "\t" + iv[i] + "\t" + iv[i + 1] + "\n");
          }
        }
      }
    } finally {
      for (Writer w : beds.values()) {
        w.close();
      }
    }
    final StringBuilder tsv = new StringBuilder();
    if (a.containsKey("append")) {
      final Path existing = Path.of(a.get("append")).toAbsolutePath();
      for (String line : Files.readAllLines(existing, StandardCharsets.UTF_8)) {
        final String[] cols = line.split("\t");
        if (cols.length >= 2 && !line.startsWith("#")) {
          final Path bed = existing.getParent().resolve(cols[1].strip()).normalize();
          tsv.append(cols[0]).append('\t').append(out.toAbsolutePath().relativize(bed)).append('\n');
        }
      }
    }
    for (String name : beds.keySet()) {
      tsv.append(name).append('\t').append(name).append(".bed\n");
    }
    Files.writeString(out.resolve("strata.tsv"), tsv.toString(), StandardCharsets.US_ASCII);
  }

  /** 0-based starts of the truth records per contig. */
  static Map<String, int[]> truthStarts(Path vcf) {
    final Map<String, int[]> out = new HashMap<>();
    try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
      for (ContigRecords c = in.nextContig(); c != null; c = in.nextContig()) {
        final List<LoadedRecord> rs = c.records();
        final int[] s = new int[rs.size()];
        for (int i = 0; i < s.length; i++) {
          s[i] = rs.get(i).variant().start();
        }
        out.put(c.contig(), s);
      }
    }
    return out;
  }
}
