package dk.harness.compare;

import dk.harness.core.RegionSet;
import dk.harness.io.ContigRecords;
import dk.harness.io.FastaReference;
import dk.harness.io.HeaderContig;
import dk.harness.io.LoadedRecord;
import dk.harness.io.RefCheck;
import dk.harness.io.ReferenceContigs;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import dk.harness.report.RunInfo;
import dk.harness.report.Sha256;
import dk.harness.report.Stratum;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A truth set read once and shared by every comparison against it: the truth records per contig (parsed,
 * validated, REF-checked), the confident regions, the strata, the reference and the files' sha256. Reading a GIAB
 * truth VCF and its BEDs dominates a small comparison, so {@code harness run} loads each truth set once per run.
 *
 * <p>Thread-safety: immutable after {@link #load}; the records and regions may be read by any number of
 * comparisons at once. The reference handle is synchronised by {@link FastaReference}. {@link #close()} when no
 * comparison uses it any more.
 *
 * <p>Memory: every truth record is held, about 260 bytes each (measured on tiled HG002 chr21 calls; see
 * docs/benchmarks.md): about 1 GB for a GIAB whole-genome truth set, plus its confident regions and strata.
 */
public final class TruthSetData implements AutoCloseable {
  /** The confident BED in messages. */
  static final String CONFIDENT = "the confident-regions BED";

  /**
   * The files of a truth set.
   *
   * @param vcf truth VCF
   * @param reference reference FASTA (indexed)
   * @param confident confident-regions BED, or null
   * @param stratification stratification TSV, or null
   * @param sample truth sample, or null for the VCF's only sample
   */
  public record Files(Path vcf, Path reference, Path confident, Path stratification, String sample) {
  }

  private final Files files;
  private final String sampleName;
  private final List<String> headerContigs;
  private final List<HeaderContig> headerLengths;
  private final List<String> warnings;
  private final List<String> recordContigs;
  private final Map<String, List<LoadedRecord>> records;
  private final long recordCount;
  private final FastaReference fasta;
  private final LinkedHashMap<String, Integer> contigLengths;
  private final RegionSet confident;
  private final List<Stratum> strata;
  private final Map<String, RunInfo.InputFile> digests;
  private final long recordsWithoutGt;

  private TruthSetData(Files files, String sampleName, List<String> headerContigs,
      List<HeaderContig> headerLengths, List<String> recordContigs, Map<String, List<LoadedRecord>> records,
      long recordCount, FastaReference fasta, RegionSet confident, List<Stratum> strata,
      Map<String, RunInfo.InputFile> digests, List<String> warnings, long recordsWithoutGt) {
    this.files = files;
    this.recordsWithoutGt = recordsWithoutGt;
    this.headerLengths = List.copyOf(headerLengths);
    this.warnings = warnings;
    this.sampleName = sampleName;
    this.headerContigs = headerContigs;
    this.recordContigs = recordContigs;
    this.records = records;
    this.recordCount = recordCount;
    this.fasta = fasta;
    this.contigLengths = fasta.contigLengths();
    this.confident = confident;
    this.strata = strata;
    this.digests = digests;
  }

  /**
   * Reads and checks everything: the truth VCF (sorted, well formed, REF alleles match the reference on every
   * contig the reference has; records on other contigs are kept and rejected by the comparison's contig naming
   * check), the confident BED, the strata and the sha256 of each file.
   *
   * @throws dk.harness.io.InputException on bad input
   * @throws IOException if a file cannot be read for its digest
   */
  public static TruthSetData load(Files files) throws IOException {
    Inputs.requireFile(files.vcf(), "the truth VCF");
    Inputs.requireFile(files.reference(), "the reference FASTA");
    Inputs.requireFile(files.confident(), "the confident-regions BED");
    Inputs.requireFile(files.stratification(), "the stratification TSV");
    final FastaReference fasta = FastaReference.open(files.reference());
    try (VcfInput vcf = VcfInput.open(files.vcf(), "truth", files.sample(), ScoreField.QUAL)) {
      final LinkedHashMap<String, Integer> lengths = fasta.contigLengths();
      final Map<String, List<LoadedRecord>> byContig = new HashMap<>();
      final List<String> order = new ArrayList<>();
      long count = 0;
      for (ContigRecords c = vcf.nextContig(); c != null; c = vcf.nextContig()) {
        if (lengths.containsKey(c.contig())) {
          RefCheck.check(files.vcf(), c.records(), fasta.contig(c.contig()), fasta.path());
        }
        byContig.put(c.contig(), c.records());
        order.add(c.contig());
        count += c.records().size();
      }
      // nextContig() has refused a truth without any GT at the end of the file.
      final List<String> warnings = new ArrayList<>(vcf.dialectWarnings());
      final ReferenceContigs reference = new ReferenceContigs(files.reference(), lengths.keySet());
      final RegionSet confident = InputContigs.bed(files.confident(), CONFIDENT, reference, warnings::add);
      final List<Stratum> strata = Inputs.loadStrata(files.stratification(), reference,
          Runtime.getRuntime().availableProcessors(), warnings::add);
      final Map<String, RunInfo.InputFile> digests = new LinkedHashMap<>();
      digests.put("truth", Inputs.digest(files.vcf()));
      digests.put("reference", Inputs.digest(files.reference()));
      digests.put("confident", Inputs.digest(files.confident()));
      digests.put("stratification", Inputs.digest(files.stratification()));
      return new TruthSetData(files, vcf.sampleName(), vcf.headerContigs(), vcf.headerContigLengths(),
          List.copyOf(order), Collections.unmodifiableMap(byContig), count, fasta, confident, strata,
          Collections.unmodifiableMap(digests), List.copyOf(warnings), vcf.recordsWithoutGt());
    } catch (IOException | RuntimeException e) {
      fasta.close();
      throw e;
    }
  }

  /** The files this was loaded from. */
  public Files files() {
    return files;
  }

  /** The truth sample's name. */
  public String sampleName() {
    return sampleName;
  }

  /** Contigs of the truth VCF header's {@code ##contig} lines. */
  public List<String> headerContigs() {
    return headerContigs;
  }

  /** The truth VCF header's {@code ##contig} lines with a length. */
  public List<HeaderContig> headerLengths() {
    return headerLengths;
  }

  /**
   * Warnings from reading the truth set's BEDs (intervals on contigs the reference may lack, left out), for every
   * comparison against it to show.
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Records of the truth VCF skipped for having no GT in a file that has GT elsewhere
   * ({@link VcfInput#recordsWithoutGt}).
   */
  public long recordsWithoutGt() {
    return recordsWithoutGt;
  }

  /** Contigs with truth records, in file order. */
  public List<String> recordContigs() {
    return recordContigs;
  }

  /** One contig's truth records (ids = their index), empty if none; unmodifiable and shared. */
  public List<LoadedRecord> records(String contig) {
    return records.getOrDefault(contig, List.of());
  }

  /** Number of truth records held. */
  public long recordCount() {
    return recordCount;
  }

  /** The shared reference (synchronised). */
  public FastaReference fasta() {
    return fasta;
  }

  /** Reference contig lengths in .fai order (a fresh copy). */
  public LinkedHashMap<String, Integer> contigLengths() {
    return new LinkedHashMap<>(contigLengths);
  }

  /** The confident regions, or null when the truth set has no BED. */
  public RegionSet confident() {
    return confident;
  }

  /** The strata in TSV order; empty without a TSV. */
  public List<Stratum> strata() {
    return strata;
  }

  /**
   * sha256 of the files by role: {@code truth}, {@code reference}, {@code confident}, {@code stratification}
   * (the last two map to null when absent). Paths are as given in {@link Files}.
   */
  public Map<String, RunInfo.InputFile> digests() {
    return digests;
  }

  /**
   * Settings for comparing a query against this truth set.
   *
   * @param query the query VCF
   * @param querySample the query sample, or null for the only one
   * @param target target-regions BED, or null
   * @param threads engine threads
   * @param roc ROC score field
   * @param output output prefix
   */
  public CompareSettings settings(Path query, String querySample, Path target, int threads, ScoreField roc,
      Path output) {
    return new CompareSettings(files.vcf(), query, files.reference(), files.confident(), files.stratification(),
        target, files.sample(), querySample, threads, roc, output);
  }

  @Override
  public void close() {
    fasta.close();
  }
}
