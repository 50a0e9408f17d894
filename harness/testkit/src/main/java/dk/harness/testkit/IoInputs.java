package dk.harness.testkit;

import dk.harness.io.ContigRecords;
import dk.harness.io.FastaReference;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads test inputs through the io module, the way the harness itself reads them (validation included).
 * Stateless.
 */
public final class IoInputs {
  private IoInputs() {
  }

  /**
   * Every record of a VCF, per contig in file order.
   *
   * @param role "truth" or "query"
   * @param sample sample name, or null for the only sample
   * @param score the score field
   */
  public static Map<String, List<LoadedRecord>> readVcf(Path vcf, String role, String sample, ScoreField score) {
    final Map<String, List<LoadedRecord>> out = new LinkedHashMap<>();
    try (VcfInput in = VcfInput.open(vcf, role, sample, score)) {
      for (ContigRecords c = in.nextContig(); c != null; c = in.nextContig()) {
        out.computeIfAbsent(c.contig(), k -> new ArrayList<>()).addAll(c.records());
      }
    }
    return out;
  }

  /**
   * An indexed FASTA as a {@link Reference}. The FASTA stays open for the life of the returned object's
   * loader; contigs are loaded (and memoized) on first use. Loading is serialised by {@link FastaReference}.
   */
  public static Reference reference(Path fasta) {
    final FastaReference f = FastaReference.open(fasta);
    return new Reference(List.copyOf(f.contigLengths().keySet()), f::contig);
  }
}
