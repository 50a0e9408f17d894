package dk.harness.bench;

import dk.harness.core.ReferenceSequence;
import dk.harness.io.ContigRecords;
import dk.harness.io.FastaReference;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real HG002 chr21 inputs of the shared data, used by the JMH benchmarks: the GIAB truth, the HaplotypeCaller
 * query and the pseudo-reference. The shared data folder is the system property {@code harness.shared.data}, else
 * {@code ../shared/data} from the working directory (the repository root). Immutable after {@link #load()}.
 */
public final class Chr21 {
  public static final String CONTIG = "21";
  public static final String REFERENCE = "hg002-chr21-pseudoref/chr21.pseudo.fa.gz";
  public static final String TRUTH =
      "hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz";
  public static final String CONFIDENT =
      "hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.bed";
  public static final String QUERY = "hg002-chr21-sarek/sarek/hg37/HG002.haplotypecaller.chr21.vcf.gz";

  public final ReferenceSequence reference;
  public final byte[] bases;
  public final List<LoadedRecord> truth;
  public final List<LoadedRecord> query;

  private Chr21(ReferenceSequence reference, List<LoadedRecord> truth, List<LoadedRecord> query) {
    this.reference = reference;
    this.bases = reference.bases(0, reference.length());
    this.truth = truth;
    this.query = query;
  }

  /** The shared data folder. */
  public static Path shared() {
    final Path p = Path.of(System.getProperty("harness.shared.data", "../shared/data"));
    if (!Files.isDirectory(p.resolve("hg002-chr21-pseudoref"))) {
      throw new IllegalStateException("shared data not found at " + p.toAbsolutePath()
          + "; run from the repository root or pass -Dharness.shared.data=DIR");
    }
    return p;
  }

  public static Path file(String relative) {
    return shared().resolve(relative);
  }

  public static Chr21 load() {
    try (FastaReference fasta = FastaReference.open(file(REFERENCE))) {
      return new Chr21(fasta.contig(CONTIG), records(TRUTH), records(QUERY));
    }
  }

  private static List<LoadedRecord> records(String relative) {
    try (VcfInput in = VcfInput.open(file(relative), "bench", null, ScoreField.QUAL)) {
      final ContigRecords c = in.nextContig();
      return c.records();
    }
  }
}
