package dk.harness.testkit;

import dk.harness.core.RegionSet;
import dk.harness.io.BedRegions;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One comparison of the shared data, described the way its vcfeval oracle was run: inputs, samples, score field,
 * evaluation BED ({@code -e}), {@code --region}, and whether vcfeval made a second (allele-match) pass. Immutable;
 * build with the {@code with...} methods.
 *
 * @param name case name for test display
 * @param truth truth VCF
 * @param truthSample truth sample, or null for the first/only
 * @param query query VCF
 * @param querySample query sample, or null for the first/only
 * @param fasta reference FASTA
 * @param bed evaluation regions, or null
 * @param region vcfeval {@code --region}, or null
 * @param score the score field (vcfeval's {@code --vcf-score-field}; its default is GQ)
 * @param twoPass whether vcfeval ran two passes (every output mode but split)
 * @param reader how inputs are read
 */
public record ComparisonCase(String name, Path truth, String truthSample, Path query, String querySample, Path fasta,
    Path bed, OracleRunner.Region region, ScoreField score, boolean twoPass, Reader reader) {

  /** How a case's files are read. */
  public enum Reader {
    /** {@link TinyVcf}, {@link TinyFasta}, {@link TinyBed}: synthetic cases, header-less snippets. */
    TINY,
    /** The io module ({@code VcfInput}, {@code FastaReference}, {@code BedRegions}), as the harness reads. */
    IO
  }

  /** A case with vcfeval's defaults (split mode, GQ score, no BED, no region). */
  public static ComparisonCase of(String name, Path truth, Path query, Path fasta, Reader reader) {
    return new ComparisonCase(name, truth, null, query, null, fasta, null, null, ScoreField.GQ, false, reader);
  }

  public ComparisonCase withSamples(String truthSampleName, String querySampleName) {
    return new ComparisonCase(name, truth, truthSampleName, query, querySampleName, fasta, bed, region, score, twoPass,
        reader);
  }

  public ComparisonCase withBed(Path bedFile) {
    return new ComparisonCase(name, truth, truthSample, query, querySample, fasta, bedFile, region, score, twoPass,
        reader);
  }

  /** @param spec vcfeval's {@code --region} value, e.g. {@code chr20:10000000-10010000} */
  public ComparisonCase withRegion(String spec) {
    return new ComparisonCase(name, truth, truthSample, query, querySample, fasta, bed, OracleRunner.Region.parse(spec),
        score, twoPass, reader);
  }

  public ComparisonCase withScore(ScoreField field) {
    return new ComparisonCase(name, truth, truthSample, query, querySample, fasta, bed, region, field, twoPass, reader);
  }

  public ComparisonCase withTwoPass(boolean two) {
    return new ComparisonCase(name, truth, truthSample, query, querySample, fasta, bed, region, score, two, reader);
  }

  /** Reads the inputs. */
  public Loaded load() {
    final Map<String, List<LoadedRecord>> t;
    final Map<String, List<LoadedRecord>> q;
    final Reference ref;
    final RegionSet regions;
    if (reader == Reader.TINY) {
      t = TinyVcf.read(truth, truthSample, score).contigs();
      q = TinyVcf.read(query, querySample, score).contigs();
      ref = Reference.of(TinyFasta.read(fasta));
      regions = bed == null ? null : TinyBed.read(bed);
    } else {
      t = IoInputs.readVcf(truth, "truth", truthSample, score);
      q = IoInputs.readVcf(query, "query", querySample, score);
      ref = IoInputs.reference(fasta);
      regions = bed == null ? null : BedRegions.read(bed);
    }
    return new Loaded(this, t, q, ref, regions);
  }

  /**
   * A case's inputs in memory. Immutable apart from the reference's memo of loaded contigs.
   *
   * @param spec the case
   * @param truth truth records per contig
   * @param query query records per contig
   * @param reference the reference
   * @param bed evaluation regions, or null
   */
  public record Loaded(ComparisonCase spec, Map<String, List<LoadedRecord>> truth,
      Map<String, List<LoadedRecord>> query, Reference reference, RegionSet bed) {

    /** Runs the case as vcfeval did: its region, and PASS-only unless {@code allRecords}. */
    public List<ContigRun> run(OracleRunner runner, boolean allRecords) {
      return runner.run(truth, query, reference.contigs(), reference::contig,
          new OracleRunner.Options(!allRecords, spec.region()));
    }

    /** Runs with truth and query exchanged (same region and PASS handling). */
    public List<ContigRun> runSwapped(OracleRunner runner, boolean allRecords) {
      return runner.run(query, truth, reference.contigs(), reference::contig,
          new OracleRunner.Options(!allRecords, spec.region()));
    }

    /** Runs one side against itself. */
    public List<ContigRun> runSelf(OracleRunner runner, boolean truthSide, boolean allRecords) {
      final Map<String, List<LoadedRecord>> side = truthSide ? truth : query;
      return runner.run(side, side, reference.contigs(), reference::contig,
          new OracleRunner.Options(!allRecords, spec.region()));
    }

    /** The vcfeval statuses of a run of this case. */
    public List<VcfevalView.Statuses> statuses(List<ContigRun> runs) {
      return runs.stream().map(r -> VcfevalView.classify(r, bed, spec.twoPass())).toList();
    }

    /** The vcfeval summary counts of a run of this case. */
    public VcfevalCounts counts(List<ContigRun> runs) {
      return VcfevalView.count(runs, bed, spec.twoPass());
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
