package dk.harness.testkit;

import dk.harness.io.ScoreField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The vcfeval unit-test cases in {@code rtg-vcfeval-cases}, with the exact options their RTG test passed
 * (RealTimeGenomics/rtg-tools @32f94bb2, {@code test/com/rtg/vcf/eval/}) and the output files that test compares.
 *
 * <p>Which cases run is derived from the options: a case runs when every option is one the harness implements
 * ({@code --sample}, {@code --vcf-score-field}, {@code --region}, {@code --output-mode} [decides one or two passes],
 * {@code --all-records}, {@code -T}, {@code --no-roc}, {@code --roc-subset}); otherwise it is skipped with the
 * unsupported options as reason. Output files the harness cannot reproduce (combine/ga4gh output.vcf, summary.txt of
 * a skipped case) are listed for completeness but only checked for running cases.
 *
 * <p>The folder's other files are not comparison cases and are not used: the ROC tables of
 * {@code VcfEvalTaskTest} (testroc, tricky, trickyxrx, complexoverlap, rocempty: their inputs are inline in that
 * Java test), {@code ga4gh-loose-match_*} (a post-processing filter applied to an existing GA4GH VCF, without
 * reference or inputs), {@code vcf2rocplot/}, {@code regions_roc_filter.*}, {@code roc-slope-*},
 * {@code path-noinfite-roc.tsv} and {@code vcfeval_small_recode_*} (other RTG tools).
 */
final class RtgCases {
  static final String RESOURCES = "rtg-vcfeval-cases/test/com/rtg/vcf/eval/resources";

  private RtgCases() {
  }

  /**
   * One case.
   *
   * @param id file prefix under {@link #RESOURCES} (e.g. {@code vcfeval_small_updel/updel3})
   * @param rtgTest the RTG test method that produced the expected files
   * @param options the vcfeval options that test used, verbatim
   * @param outputs expected files the RTG test compares ({@code <id>_out_<file>})
   * @param tooComplex the region vcfeval's stderr reports as too complex, or null
   * @param skipReason why the case does not run, or null if it runs
   */
  record RtgCase(String id, String rtgTest, String options, List<String> outputs, String tooComplex,
      String skipReason) {

    /** Whether vcfeval ran with {@code --ref-overlap} (the engine's {@code ComparisonConfig.refOverlap}). */
    boolean refOverlap() {
      return options.contains("--ref-overlap");
    }

    /** The comparison as vcfeval ran it. */
    ComparisonCase comparisonCase(Path resources) {
      ComparisonCase c = ComparisonCase.of(id, resources.resolve(id + "_in_baseline.vcf"),
          resources.resolve(id + "_in_calls.vcf"), resources.resolve(id + "_in_template.fa"),
          ComparisonCase.Reader.TINY);
      final String[] samples = value("--sample") == null ? null : value("--sample").split(",");
      if (samples != null) {
        c = c.withSamples(samples[0], samples.length > 1 ? samples[1] : samples[0]);
      }
      if ("QUAL".equals(value("--vcf-score-field"))) {
        c = c.withScore(ScoreField.QUAL);
      }
      if (value("--region") != null) {
        c = c.withRegion(value("--region"));
      }
      final String mode = value("--output-mode") == null ? "split" : value("--output-mode");
      final String twoPass = value("--Xtwo-pass");
      return c.withTwoPass(twoPass != null ? Boolean.parseBoolean(twoPass) : !mode.equals("split"));
    }

    private String value(String option) {
      final String[] t = options.trim().isEmpty() ? new String[0] : options.trim().split("\\s+");
      for (int i = 0; i < t.length; i++) {
        if (t[i].startsWith(option + "=")) {
          return t[i].substring(option.length() + 1);
        }
        if (t[i].equals(option) && i + 1 < t.length) {
          return t[i + 1];
        }
      }
      return null;
    }
  }

  private static RtgCase run(String id, String rtgTest, String options, String... outputs) {
    return new RtgCase(id, rtgTest, options, List.of(outputs), null, unsupported(options));
  }

  private static RtgCase tooComplex(String id, String rtgTest, String region, String... outputs) {
    return new RtgCase(id, rtgTest, "", List.of(outputs), region, null);
  }

  private static RtgCase excluded(String id, String rtgTest, String options, String reason, String... outputs) {
    final String auto = unsupported(options);
    return new RtgCase(id, rtgTest, options, List.of(outputs), null, auto == null ? reason : reason + "; " + auto);
  }

  /** The options the harness does not implement, as a reason, or null if all are supported. */
  static String unsupported(String options) {
    final List<String> why = new ArrayList<>();
    if (options.contains("--squash-ploidy")) {
      why.add("--squash-ploidy as the primary match mode (the engine squashes only in its allele-match pass)");
    }
    if (options.matches(".*--sample[= ]ALT.*") || options.contains("--sample ALT,")) {
      why.add("--sample ALT (match every ALT allele, ignoring genotypes)");
    }
    if (options.contains("--Xobey-phase")) {
      why.add("--Xobey-phase (phase-aware matching)");
    }
    if (options.contains("--sample-ploidy")) {
      why.add("--sample-ploidy (polyploid matching)");
    }
    if (options.contains("custom-path-processor") || options.contains("custom-variant-factory")) {
      why.add("trio / phase-transfer path processors");
    }
    if (options.contains("flag-alternates")) {
      why.add("flag-alternates (alternate-path annotation)");
    }
    return why.isEmpty() ? null : String.join("; ", why);
  }

  static List<RtgCase> all() {
    return List.of(
        // --- cases with default matching options: they run ---
        run("vcfeval_small", "VcfEvalNanoTest.testNanoSmall",
            "--sample sample1 --vcf-score-field QUAL --roc-subset snp", "weighted_roc.tsv", "tp.vcf"),
        run("vcfeval_small_region", "VcfEvalNanoTest.testNanoSmallRegion",
            "--sample sample1,sample1 --vcf-score-field QUAL --region chr2:150-1000", "weighted_roc.tsv"),
        run("vcfeval_small_samples", "VcfEvalNanoTest.testNanoSmallDiffSamples",
            "--sample sample2,sample1 --vcf-score-field QUAL", "weighted_roc.tsv"),
        run("vcfeval_small_tricky4", "VcfEvalNanoTest.testNanoTricky4", "--vcf-score-field QUAL -T 1",
            "tp.vcf", "tp-baseline.vcf"),
        tooComplex("vcfeval_too_complex", "VcfEvalNanoTest.testNanoTooComplex", "11:3795-3833",
            "weighted_roc.tsv"),
        tooComplex("vcfeval_too_complex_end", "VcfEvalNanoTest.testNanoTooComplexAtEnd", "11:3795-3836",
            "weighted_roc.tsv"),
        run("vcfeval_roc_only", "RocOnlyEvalSynchronizerTest.testRocOnly",
            "--output-mode roc-only --sample sample1 --vcf-score-field QUAL", "weighted_roc.tsv"),
        run("vcfeval_small_updel/updel3", "VcfEvalNanoTest.testNanoUpstreamDel",
            "--vcf-score-field QUAL --output-mode annotate", "baseline.vcf", "calls.vcf"),
        run("vcfeval_small_updel/updel4", "VcfEvalNanoTest.testPartialSpanningDeletion",
            "--vcf-score-field QUAL --output-mode annotate", "baseline.vcf", "calls.vcf"),
        run("vcfeval_small_updel/updel5", "VcfEvalNanoTest.testPartialSpanningDeletion",
            "--vcf-score-field QUAL --output-mode annotate", "baseline.vcf", "calls.vcf"),
        // --- cases with --ref-overlap (ComparisonConfig.refOverlap), or with options the harness does not
        // implement (skipped with the reason) ---
        run("vcfeval_small_tricky/vcfeval_small_tricky", "VcfEvalNanoTest.testNanoTricky",
            "--vcf-score-field QUAL -T 1 --ref-overlap", "weighted_roc.tsv", "tp.vcf"),
        run("vcfeval_small_tricky2", "VcfEvalNanoTest.testNanoTricky2",
            "--vcf-score-field QUAL -T 1 --ref-overlap --sample ALT,sample", "weighted_roc.tsv", "tp.vcf"),
        run("vcfeval_small_tricky3", "VcfEvalNanoTest.testNanoTricky3",
            "--vcf-score-field QUAL -T 1 --sample dummy,sample1 --squash-ploidy --ref-overlap",
            "weighted_roc.tsv", "tp.vcf"),
        run("vcfeval_small_squash/vcfeval_small", "VcfEvalNanoTest.testNanoSmallSquash",
            "--sample sample1 --vcf-score-field QUAL --roc-subset snp --squash-ploidy", "weighted_roc.tsv", "tp.vcf"),
        run("vcfeval_small_alt/vcfeval_small", "VcfEvalNanoTest.testNanoSmallAlt",
            "--sample ALT --vcf-score-field QUAL --output-mode annotate --squash-ploidy", "baseline.vcf", "calls.vcf"),
        run("obeyphasing/obeyphasing", "VcfEvalNanoTest.testObeyPhasing", "--Xobey-phase=true", "tp.vcf"),
        run("vcfeval_all_matches", "VcfEvalNanoTest.testNanoAllMatches",
            "--output-mode=combine --sample=BASELINE,CALLS --all-records --ref-overlap --Xtwo-pass=false "
                + "--XXcom.rtg.vcf.eval.flag-alternates=true", "output.vcf"),
        run("vcfeval_small_updel/updel", "VcfEvalNanoTest.testNanoUpstreamDel",
            "--vcf-score-field QUAL --output-mode annotate --squash-ploidy", "baseline.vcf", "calls.vcf"),
        run("vcfeval_small_updel/updel2", "VcfEvalNanoTest.testNanoUpstreamDel",
            "--vcf-score-field QUAL --output-mode annotate --ref-overlap", "baseline.vcf", "calls.vcf"),
        run("vcfeval_small_trickysquash/trickysquash", "VcfEvalNanoTest.testNanoTrickySquash",
            "--vcf-score-field QUAL --output-mode annotate --squash-ploidy "
                + "--XXcom.rtg.vcf.eval.haploid-allele-matching=false", "baseline.vcf", "calls.vcf"),
        run("vcfeval_avoid_overlap/avoid_overlap", "VcfEvalNanoTest.testNanoTrickyTrim",
            "--no-roc --output-mode=combine --sample=BASE,QUERY --ref-overlap", "summary.txt", "output.vcf"),
        excluded("vcfeval_nop/nop", "VcfEvalNanoTest.testNanoNop",
            "--no-roc --output-mode=combine --squash-ploidy --ref-overlap",
            "input error case: a record's ALT equals its REF and vcfeval exits 1 before comparing (rejecting such "
                + "input is the io module's job)"),
        run("vcfeval_triploid/small", "VcfEvalNanoTest.testNanoTriploid",
            "--output-mode=combine --no-roc --sample-ploidy=3 --Xobey-phase=true,false --ref-overlap", "output.vcf"),
        run("vcfeval_tetraploid/small", "VcfEvalNanoTest.testNanoTetraploid",
            "--output-mode=annotate --no-roc --sample-ploidy=4 --Xobey-phase=true,false", "baseline.vcf", "calls.vcf"),
        run("vcfeval_annotate", "AnnotatingEvalSynchronizerTest.testAnnotate", "--ref-overlap --output-mode annotate",
            "baseline.vcf", "calls.vcf"),
        run("vcfeval_combine", "CombinedEvalSynchronizerTest.testCombined", "--ref-overlap --output-mode combine",
            "output.vcf"),
        run("vcfeval_combine2", "CombinedEvalSynchronizerTest.testCombined2",
            "--sample sample1,sample2 --ref-overlap --output-mode combine --squash-ploidy", "output.vcf"),
        run("vcfeval_ga4gh", "Ga4ghEvalSynchronizerTest.testCombined", "--ref-overlap --output-mode ga4gh",
            "output.vcf"),
        run("vcfeval_ga4gh2", "Ga4ghEvalSynchronizerTest.testCombined2",
            "--sample sample1,sample2 --ref-overlap --output-mode ga4gh --squash-ploidy --all-records", "output.vcf"),
        run("vcfeval_split", "SplitEvalSynchronizerTest.testSplit",
            "--ref-overlap --output-mode split --sample sample1,sample1 --vcf-score-field QUAL",
            "tp-baseline.vcf", "fn.vcf", "tp.vcf", "fp.vcf", "summary.txt", "phasing.txt"),
        run("vcfeval_split_no_roc", "SplitEvalSynchronizerTest.testSplitNoRoc",
            "--ref-overlap --output-mode split --sample ALT",
            "tp-baseline.vcf", "fn.vcf", "tp.vcf", "fp.vcf", "summary.txt", "phasing.txt"),
        run("vcfeval_phase_transfer", "PhaseTransferEvalSynchronizerTest.testPhaseTransfer",
            "--ref-overlap --Xobey-phase=true,false --XXcom.rtg.vcf.eval.custom-path-processor=phase-transfer",
            "baseline.vcf", "calls.vcf"),
        run("vcfeval_trio/mie", "TrioEvalSynchronizerTest.testInconsistent",
            "--XXcom.rtg.vcf.eval.custom-variant-factory=parents,sample --XXcom.rtg.vcf.eval.custom-path-processor=trio "
                + "--XXcom.rtg.vcf.eval.prune-no-ops=false --Xtwo-pass=true --ref-overlap --sample=child", "output.vcf"),
        run("vcfeval_trio/ok", "TrioEvalSynchronizerTest.testConsistent",
            "--XXcom.rtg.vcf.eval.custom-variant-factory=parents,sample --XXcom.rtg.vcf.eval.custom-path-processor=trio "
                + "--XXcom.rtg.vcf.eval.prune-no-ops=false --Xtwo-pass=true --ref-overlap --sample=child", "output.vcf"));
  }
}
