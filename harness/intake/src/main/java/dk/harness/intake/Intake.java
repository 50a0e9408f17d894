package dk.harness.intake;

import dk.harness.core.RegionSet;
import dk.harness.io.BedRegions;
import dk.harness.io.ContigNaming;
import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.io.ScoreField;
import dk.harness.io.LenientHeader;
import dk.harness.io.VcfInput;
import dk.harness.report.Sha256;
import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.variant.vcf.VCFCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The submission preflight: checks a submitted VCF against the truth set and the reference and collects every
 * problem as a {@link Finding}, instead of failing at the first one. The rules are in docs/intake.md.
 *
 * <p>Submitted files are only ever opened for reading. Stateless; thread-safe (each call opens its own readers).
 */
public final class Intake {
  private Intake() {
  }

  /**
   * Checks a submission. Problems with the inputs are findings, never exceptions: a missing or unreadable
   * submitted VCF is an ERROR finding; an unusable truth VCF or reference is an ERROR finding naming that file.
   *
   * @param submission the submission (its VCF, index and sample column)
   * @param target the truth VCF, reference and expectations to check against
   * @return the report; {@link IntakeReport#hasErrors()} tells whether the submission must be stopped
   */
  public static IntakeReport check(Submission submission, IntakeTarget target) {
    return new Run(submission, target, null).run();
  }

  /**
   * {@link #check(Submission, IntakeTarget)} with the reference already opened by the caller, who closes it, so
   * that the intakes of a run share one reader and its cached contig (checking REF against a chromosome otherwise
   * starts with inflating it, for every submission). {@link FastaReference#contig} is synchronized, and a scan
   * keeps the contig it checks against, so threads may share the reader.
   *
   * @param reference the reader of {@code target.reference()}
   */
  public static IntakeReport check(Submission submission, IntakeTarget target, FastaReference reference) {
    return new Run(submission, target, Objects.requireNonNull(reference, "reference")).run();
  }

  /** The state of one check. */
  private static final class Run {
    private final Submission sub;
    private final IntakeTarget target;
    private final Path vcf;
    /** Findings in report order: the file, the build and contigs, the records, then the summaries. */
    private final FindingCollector fileFindings = new FindingCollector();
    private final FindingCollector contigFindings = new FindingCollector();
    private final FindingCollector recordFindings = new FindingCollector();
    private final FindingCollector summaryFindings = new FindingCollector();

    private String sha256;
    private String indexSha256;
    private String sampleName;
    private String build;
    private RecordStats stats = new RecordStats();
    /** The caller's reader of the reference (not closed here), or null to open one. */
    private final FastaReference sharedReference;

    Run(Submission sub, IntakeTarget target, FastaReference sharedReference) {
      this.sub = sub;
      this.target = target;
      this.vcf = sub.vcf();
      this.sharedReference = sharedReference;
    }

    IntakeReport run() {
      if (!checkFile()) {
        return report();
      }
      final Path indexPath = checkIndex();
      final FastaReference reference = openReference();
      try {
        final TruthInfo truth = readTruth();
        final VcfHeader header;
        final VCFCodec codec;
        try (VcfText text = VcfText.open(vcf)) {
          header = readHeader(text);
          if (header == null) {
            return report();
          }
          codec = codec(header);
          if (codec == null) {
            return report();
          }
          checkBuild(header, truth, reference);
          final int sampleIdx = SampleChoice.choose(vcf, header.chromLine(), header.samples(), sub.sample(),
              target.expectedSample(), fileFindings);
          sampleName = sampleIdx < 0 ? null : header.samples().get(sampleIdx);
          final ContigCheck contigs = new ContigCheck(vcf, header.contigLengths(), target.reference(),
              reference == null ? Map.of() : reference.contigLengths());
          final RecordScan scan = new RecordScan(vcf, codec, header.samples().size(), sampleIdx, reference,
              contigs::referenceName, recordFindings, readConfident());
          scanRecords(text, scan);
          stats = scan.stats();
          if (reference != null) {
            contigs.checkAgainstReference(stats.contigRecords, contigFindings);
          }
          if (truth != null && truth.recordContigs != null) {
            contigs.checkAgainstTruth(stats.contigRecords, target.truthVcf(), truth.recordContigs, contigFindings);
          }
        } catch (IOException e) {
          fileFindings.add(Severity.ERROR, "VCF_UNREADABLE", vcf, -1, "cannot read the VCF (" + e.getMessage() + ")",
              "check the file is complete and readable");
          return report();
        }
        summarise();
        if (!anyErrors() && !target.structural()) {
          crossCheckWithComparisonReader(header, truth, reference, indexPath);
        }
        return report();
      } finally {
        if (reference != null && reference != sharedReference) {
          reference.close();
        }
      }
    }

    /** Existence, sha256, compression and bgzip completeness. Returns false when the file cannot be read. */
    private boolean checkFile() {
      if (!Files.isRegularFile(vcf)) {
        fileFindings.add(Severity.ERROR, "VCF_NOT_FOUND", vcf, -1, "the submitted VCF does not exist",
            "check the path in the submission");
        return false;
      }
      try {
        sha256 = Sha256.of(vcf);
        fileFindings.add(Severity.INFO, "SHA256", vcf, -1, "sha256 " + sha256 + " (" + Files.size(vcf) + " bytes)",
            null);
        final VcfText.Compression c = VcfText.detect(vcf);
        if (c == VcfText.Compression.GZIP) {
          fileFindings.add(Severity.WARNING, "NOT_BGZIP", vcf, -1, "the VCF is gzip- but not bgzip-compressed, so it "
              + "cannot be indexed", "recompress it: zcat " + vcf + " | bgzip > calls.vcf.gz && tabix -p vcf "
              + "calls.vcf.gz");
        } else if (c == VcfText.Compression.BGZF) {
          final BlockCompressedInputStream.FileTermination term = BlockCompressedInputStream.checkTermination(vcf);
          if (term != BlockCompressedInputStream.FileTermination.HAS_TERMINATOR_BLOCK) {
            fileFindings.add(Severity.ERROR, "TRUNCATED", vcf, -1, "the bgzip file is truncated ("
                + (term == BlockCompressedInputStream.FileTermination.DEFECTIVE ? "its last block is damaged"
                : "no BGZF end-of-file marker") + ")", "upload the complete file again");
          }
        }
        return true;
      } catch (IOException e) {
        fileFindings.add(Severity.ERROR, "VCF_UNREADABLE", vcf, -1, "cannot read the VCF (" + e.getMessage() + ")",
            "check the file permissions");
        return false;
      }
    }

    /** The index the comparison will use (sibling .tbi/.csi), checked; null when there is none. */
    private Path checkIndex() {
      final Path tbi = vcf.resolveSibling(vcf.getFileName() + ".tbi");
      final Path csi = vcf.resolveSibling(vcf.getFileName() + ".csi");
      Path index = sub.index();
      if (index != null) {
        if (!Files.isRegularFile(index)) {
          fileFindings.add(Severity.ERROR, "INDEX_NOT_FOUND", index, -1, "the submission names an index that does not "
              + "exist", "index the VCF (tabix -p vcf " + vcf + ") or drop the index from the submission");
          return null;
        }
        if (!index.toAbsolutePath().normalize().equals(tbi.toAbsolutePath().normalize())
            && !index.toAbsolutePath().normalize().equals(csi.toAbsolutePath().normalize())) {
          fileFindings.add(Severity.WARNING, "INDEX_NOT_BESIDE_VCF", index, -1, "the index is not at " + tbi
              + " or " + csi + ", where the comparison looks for it, so it will not be used", "place it next to "
              + "the VCF with the name VCF.tbi");
        }
      } else if (Files.isRegularFile(tbi)) {
        index = tbi;
      } else if (Files.isRegularFile(csi)) {
        index = csi;
      } else {
        fileFindings.add(Severity.INFO, "NO_INDEX", vcf, -1, "no .tbi/.csi index; the comparison streams the file",
            null);
        return null;
      }
      try {
        indexSha256 = Sha256.of(index);
        fileFindings.add(Severity.INFO, "INDEX_SHA256", index, -1, "sha256 " + indexSha256, null);
        if (VcfText.detect(vcf) != VcfText.Compression.BGZF) {
          fileFindings.add(Severity.ERROR, "INDEX_WITHOUT_BGZIP", index, -1, "an index exists but the VCF is not "
              + "bgzip-compressed", "compress the VCF with bgzip and re-index it (tabix -p vcf), or delete the index");
        } else if (Files.getLastModifiedTime(index).compareTo(Files.getLastModifiedTime(vcf)) < 0) {
          fileFindings.add(Severity.ERROR, "INDEX_STALE", index, -1, "the index is older than the VCF",
              "re-index the VCF: tabix -f -p vcf " + vcf);
        }
      } catch (IOException e) {
        fileFindings.add(Severity.ERROR, "INDEX_UNREADABLE", index, -1, "cannot read the index (" + e.getMessage()
            + ")", "re-create it: tabix -f -p vcf " + vcf);
      }
      return index;
    }

    /** The truth's confident regions, or null when none are given or they cannot be read (an ERROR then). */
    private RegionSet readConfident() {
      if (target.confident() == null) {
        return null;
      }
      try {
        return BedRegions.read(target.confident());
      } catch (InputException e) {
        fileFindings.add(Severity.ERROR, "CONFIDENT_UNUSABLE", e.file(), e.line(), "the truth's confident-regions "
            + "BED cannot be used: " + e.problem(), e.fix());
        return null;
      }
    }

    private FastaReference openReference() {
      if (target.reference() == null) {
        return null; // an SV target without reference: nothing to check against
      }
      if (sharedReference != null) {
        return sharedReference;
      }
      try {
        return FastaReference.open(target.reference());
      } catch (InputException e) {
        fileFindings.add(Severity.ERROR, "REFERENCE_UNUSABLE", e.file(), e.line(), "the reference cannot be used: "
            + e.problem(), e.fix());
        return null;
      }
    }

    /** The truth's header and record contigs; null (with an ERROR) when the truth cannot be read. */
    private TruthInfo readTruth() {
      final Path truth = target.truthVcf();
      final VcfHeader header;
      try (VcfText text = VcfText.open(truth)) {
        header = readHeaderLines(text);
      } catch (IOException e) {
        fileFindings.add(Severity.ERROR, "TRUTH_UNUSABLE", truth, -1, "cannot read the truth VCF (" + e.getMessage()
            + ")", "check the truth set's files");
        return null;
      }
      if (header == null || header.samples().isEmpty()) {
        fileFindings.add(Severity.ERROR, "TRUTH_UNUSABLE", truth, -1, "the truth VCF has no #CHROM line or no "
            + "sample column", "check the truth set's files");
        return null;
      }
      try (VcfInput in = VcfInput.open(truth, "truth", header.samples().get(0), ScoreField.QUAL)) {
        return new TruthInfo(header, in.recordContigs());
      } catch (InputException e) {
        if (target.structural()) {
          // The small-variant reader is not the SV engine's: what it refuses is no verdict on an SV truth set.
          return new TruthInfo(header, null);
        }
        fileFindings.add(Severity.ERROR, "TRUTH_UNUSABLE", e.file(), e.line(), "the truth VCF cannot be used: "
            + e.problem(), e.fix());
        return new TruthInfo(header, null);
      }
    }

    /** Reads the header through the #CHROM line; null (with an ERROR) when it is not a VCF header. */
    private VcfHeader readHeader(VcfText text) throws IOException {
      final VcfHeader h = readHeaderLines(text);
      if (h == null) {
        fileFindings.add(Severity.ERROR, "HEADER_INVALID", vcf, Math.max(1, text.lineNumber()), "no '#CHROM' header "
            + "line before the first record", "the file must start with ##fileformat=VCFv4.x and have a #CHROM "
            + "line");
        return null;
      }
      if (!h.lines().get(0).startsWith("##fileformat=VCF")) {
        fileFindings.add(Severity.ERROR, "HEADER_INVALID", vcf, 1, "the first line is not '##fileformat=VCFv4.x'",
            "submit a VCF file");
        return null;
      }
      return h;
    }

    /** Header lines up to and including #CHROM, or null if a data line or the end comes first. */
    private static VcfHeader readHeaderLines(VcfText text) throws IOException {
      final List<String> lines = new ArrayList<>();
      String line;
      while ((line = text.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        if (!line.startsWith("#")) {
          return null;
        }
        lines.add(line);
        if (line.startsWith("#CHROM")) {
          return VcfHeader.parse(lines, text.lineNumber());
        }
      }
      return null;
    }

    /** A codec that has read the header, or null (with an ERROR) when htsjdk rejects the header. */
    private VCFCodec codec(VcfHeader header) {
      final VCFCodec codec = new VCFCodec();
      try {
        // The comparison's own header dialect rules, so intake accepts exactly what compare accepts.
        final LenientHeader lenient = LenientHeader.of(vcf, "query", header.lines());
        codec.readActualHeader(new dk.harness.io.HeaderLineIterator(lenient.lines()));
        for (String w : lenient.warnings()) {
          fileFindings.add(Severity.WARNING, "HEADER_DIALECT", vcf, -1, w, "none needed; no count depends on it");
        }
        return codec;
      } catch (RuntimeException e) {
        fileFindings.add(Severity.ERROR, "HEADER_INVALID", vcf, -1, "invalid VCF header (" + e.getMessage() + ")",
            "fix the header; check it with 'bcftools view -h'");
        return null;
      }
    }

    private void checkBuild(VcfHeader header, TruthInfo truth, FastaReference reference) {
      final Builds.Guess vcfGuess = Builds.guess(header.knownLengths());
      final Builds.Guess truthGuess = truth == null ? Builds.Guess.UNKNOWN : Builds.guess(truth.header.knownLengths());
      final Map<String, Long> refLengths = new LinkedHashMap<>();
      if (reference != null) {
        reference.contigLengths().forEach((k, v) -> refLengths.put(k, v.longValue()));
      }
      final Builds.Guess refGuess = Builds.guess(refLengths);
      final String given = Builds.canonical(target.expectedBuild());
      final String expected;
      final String source;
      if (given != null) {
        expected = given;
        source = "as declared for the truth set";
      } else if (truthGuess.build() != null) {
        expected = truthGuess.build();
        source = "from the truth VCF header: " + truthGuess.evidence();
      } else {
        expected = refGuess.build();
        source = "from the reference: " + refGuess.evidence();
      }
      build = vcfGuess.build();
      if (given != null && truthGuess.build() != null && !given.equals(truthGuess.build())) {
        contigFindings.add(Severity.ERROR, "TRUTH_BUILD", target.truthVcf(), -1, "the truth VCF header is "
            + truthGuess.build() + " (" + truthGuess.evidence() + ") but the truth set is declared " + given,
            "fix the truth-set entry: its VCF or its build is wrong");
      }
      if (expected != null && refGuess.build() != null && !expected.equals(refGuess.build())) {
        contigFindings.add(Severity.ERROR, "REFERENCE_BUILD", target.reference(), -1, "the reference is "
            + refGuess.build() + " (" + refGuess.evidence() + ") but the truth set is " + expected + " (" + source
            + ")",
            "use the " + expected + " reference of the truth set");
      }
      if (vcfGuess.conflicting()) {
        contigFindings.add(Severity.WARNING, "BUILD_INCONSISTENT", vcf, -1, "the VCF header mixes builds: "
            + vcfGuess.evidence(), "fix the ##contig lines (bcftools reheader --fai REF.fai)");
      } else if (vcfGuess.build() == null) {
        contigFindings.add(Severity.INFO, "BUILD_UNKNOWN", vcf, -1, "the VCF header declares no length of a "
            + "primary chromosome, so its build is checked through contig names and REF alleles only", null);
      } else if (expected != null && !expected.equals(vcfGuess.build())) {
        final String contig = vcfGuess.evidence().substring(0, vcfGuess.evidence().indexOf(' '));
        final long want = Builds.length(expected, contig);
        contigFindings.add(Severity.ERROR, "BUILD_MISMATCH", vcf, -1, "the VCF header declares " + vcfGuess.build()
            + " contig lengths (" + vcfGuess.evidence() + ") but the truth set is " + expected
            + (want > 0 ? ", where " + contig + " is " + Builds.bp(want) : "") + " (" + source + ")",
            "submit calls made on the " + expected + " reference the truth set uses (re-call; do not only rewrite "
                + "the header)");
      } else if (expected != null) {
        contigFindings.add(Severity.INFO, "BUILD", vcf, -1, "the VCF header is " + vcfGuess.build() + " ("
            + vcfGuess.evidence() + "), as the truth set (" + source + ")", null);
      }
    }

    private void scanRecords(VcfText text, RecordScan scan) throws IOException {
      String line;
      while ((line = text.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        if (line.charAt(0) == '#') {
          recordFindings.add(Severity.ERROR, "MALFORMED_RECORD", vcf, text.lineNumber(), "header line after the "
              + "first record", "all '#' lines must come before the records");
          continue;
        }
        scan.accept(line, text.lineNumber());
      }
    }

    private void summarise() {
      final RecordStats s = stats;
      final FindingCollector out = summaryFindings;
      if (s.records == 0) {
        out.add(Severity.ERROR, "NO_RECORDS", vcf, -1, "the VCF has no records", "submit the calls");
        return;
      }
      out.add(Severity.INFO, "RECORDS", vcf, -1, s.records + " records on " + s.contigRecords.size() + " contig"
          + (s.contigRecords.size() == 1 ? "" : "s") + ", " + s.passRecords + " passing filters", null);
      if (s.withoutGt > 0 && s.withoutGt == s.records) {
        out.add(Severity.ERROR, "NO_GT", vcf, s.firstWithoutGtLine, "none of the " + s.records + " records has a "
            + "genotype (no GT in FORMAT, first: " + s.firstWithoutGt + "), so there is nothing to compare",
            "submit the caller's genotyped (germline) VCF; sites-only, somatic or likelihoods-only VCFs cannot be "
            + "benchmarked");
      } else if (s.withoutGt > 0) {
        out.add(Severity.WARNING, "RECORDS_WITHOUT_GT", vcf, s.firstWithoutGtLine, s.withoutGt + " record"
            + (s.withoutGt == 1 ? " has" : "s have") + " no GT in FORMAT (first: " + s.firstWithoutGt + "); they "
            + "are skipped, as vcfeval skips them", "none needed if they are reference blocks or annotations");
      }
      if (s.gvcfRecords > 0) {
        out.add(Severity.ERROR, "GVCF", vcf, s.firstGvcfLine, "the VCF is a gVCF: " + s.gvcfRecords + " record"
            + (s.gvcfRecords == 1 ? "" : "s") + " with <NON_REF>/<*> alleles or reference blocks (first: "
            + s.gvcfEvidence + ")", "genotype it first: gatk GenotypeGVCFs -R REF -V " + vcf + " -O calls.vcf.gz, "
            + "or bcftools convert --gvcf2vcf -f REF " + vcf + " -Oz -o calls.vcf.gz");
      }
      if (s.symbolic > 0 && !target.structural()) {
        out.add(Severity.WARNING, "SYMBOLIC_ALLELE", vcf, s.firstSymbolicLine, s.symbolic + " record"
            + (s.symbolic == 1 ? " has" : "s have") + " symbolic or breakend ALT alleles (" + counts(s.symbolicAlleles)
            + "); they are not compared (their sequence is unknown), so truth variants they may represent count as "
            + "false negatives", "submit small variants with explicit sequence; structural variants are out of scope");
      }
      notAssessed(s, out);
      if (s.refChecked > 0 && s.refMismatches > 0) {
        out.add(Severity.ERROR, "REF_SUMMARY", vcf, -1, s.refMismatches + " of " + s.refChecked + " records checked ("
            + pct(s.refMismatches, s.refChecked) + ") have a REF that does not match the reference '"
            + target.reference() + "'" + (s.refMismatches * 20 >= s.refChecked ? "; so many point to a different "
            + "build or assembly" : ""), "use the reference the VCF was called on (the truth set's), or fix the "
            + "records: bcftools norm --check-ref e -f REF " + vcf);
      }
      out.add(Severity.INFO, "FILTERED_SHARE", vcf, -1, s.filtered + " of " + s.records + " records ("
          + pct(s.filtered, s.records) + ") are filtered (FILTER or FT not PASS)" + (s.filtered > 0 ? ": "
          + counts(s.filterValues) : ""), null);
      if (s.passRecords == 0) {
        out.add(Severity.WARNING, "NO_PASS", vcf, -1, "no record passes filters, so the PASS comparison will have no "
            + "query calls", "check the FILTER column; the council's numbers are the PASS rows");
      }
      if (sampleName != null && s.genotyped > 0 && !target.structural()) {
        out.add(Severity.INFO, "UNPHASED_SHARE", vcf, -1, s.unphasedHet + " of " + s.hets + " heterozygous genotypes ("
            + pct(s.unphasedHet, s.hets) + ") are unphased", null);
        out.add(Severity.INFO, "NOT_VARIANT_SHARE", vcf, -1, s.noCallOrHomRef + " of " + s.genotyped
            + " genotypes (" + pct(s.noCallOrHomRef, s.genotyped) + ") are hom-ref or no-call (not compared)", null);
      }
      out.add(Severity.INFO, "MULTIALLELIC_SHARE", vcf, -1, s.multiallelic + " of " + s.records + " records ("
          + pct(s.multiallelic, s.records) + ") are multi-allelic", null);
    }

    /**
     * Records {@code harness compare} will not assess (counted in metrics.json's not_assessed block), repeated
     * records and N in REF: a WARNING when some lie inside the truth's confident regions (or the regions are not
     * known), else INFO.
     */
    private void notAssessed(RecordStats s, FindingCollector out) {
      final long[] sum = new long[3];
      final StringBuilder kinds = new StringBuilder();
      for (Map.Entry<String, long[]> e : s.notAssessed.entrySet()) {
        final long[] n = e.getValue();
        kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(n[0] + n[1] + n[2]);
        for (int i = 0; i < 3; i++) {
          sum[i] += n[i];
        }
      }
      final String fixNotAssessed = "to have them compared, submit them as small variants with explicit sequence "
          + "(REF and ALT up to 1,000 bp, haploid or diploid GT); otherwise they are counted apart in metrics.json "
          + "(not_assessed) and truth variants they represent count as FN";
      if (sum[0] + sum[1] + sum[2] > 0 && !target.structural()) {
        out.add(sum[0] + sum[2] > 0 ? Severity.WARNING : Severity.INFO, "NOT_ASSESSED", vcf,
            sum[0] > 0 ? s.firstNotAssessedInsideLine : s.firstNotAssessedLine, (sum[0] + sum[1] + sum[2])
            + " record(s) cannot be assessed by the comparison (" + kinds + "); " + where(sum), fixNotAssessed);
      }
      final long dups = s.duplicates[0] + s.duplicates[1] + s.duplicates[2];
      if (dups > 0) {
        out.add(Severity.WARNING, "DUPLICATE_RECORD", vcf, s.firstDuplicateLine, dups + " record(s) repeat an "
            + "earlier record's CHROM, POS, REF and ALT; both copies are compared (as vcfeval does), so a repeated "
            + "call can add an FP; " + where(s.duplicates), "remove the repeated records: bcftools norm -d exact "
            + vcf + " -Oz -o dedup.vcf.gz");
      }
      final long refN = s.refN[0] + s.refN[1] + s.refN[2];
      if (refN > 0) {
        out.add(s.refN[0] > 0 ? Severity.WARNING : Severity.INFO, "REF_N", vcf, s.firstRefNLine, refN
            + " record(s) have N in REF; they are compared like any record (N matches any reference base, as in "
            + "vcfeval); " + where(s.refN), null);
      }
    }

    private String where(long[] n) {
      if (target.confident() == null || n[2] > 0) {
        return "the truth's confident regions are not known here, so they may lie inside them";
      }
      return n[0] + " inside the truth's confident regions, " + n[1] + " outside";
    }

    /**
     * With no error found, replays the checks the comparison itself makes (io's contig naming check and its
     * reader), so intake never passes a file that {@code harness compare} would reject.
     */
    private void crossCheckWithComparisonReader(VcfHeader header, TruthInfo truth, FastaReference reference,
        Path index) {
      if (sampleName == null) {
        return;
      }
      try (VcfInput in = VcfInput.open(vcf, "query", sampleName, ScoreField.QUAL)) {
        if (truth != null && truth.recordContigs != null && reference != null) {
          ContigNaming.check(new ContigNaming.Side("truth", target.truthVcf(), truth.recordContigs,
              truth.header.contigLengths().keySet()), new ContigNaming.Side("query", vcf,
              stats.contigRecords.keySet(), header.contigLengths().keySet()), target.reference(),
              reference.contigLengths().keySet());
        }
        while (in.nextContig() != null) {
          // reading is the check
        }
      } catch (InputException e) {
        fileFindings.add(Severity.ERROR, "REJECTED_BY_READER", e.file(), e.line(), e.problem(), e.fix());
      }
    }

    private boolean anyErrors() {
      return fileFindings.hasErrors() || contigFindings.hasErrors() || recordFindings.hasErrors()
          || summaryFindings.hasErrors();
    }

    private IntakeReport report() {
      final List<Finding> all = new ArrayList<>();
      all.addAll(fileFindings.findings());
      all.addAll(contigFindings.findings());
      all.addAll(recordFindings.findings());
      all.addAll(summaryFindings.findings());
      return new IntakeReport(vcf, sha256, indexSha256, sampleName, build, stats.records, stats.filtered,
          stats.unphasedHet, stats.multiallelic, stats.symbolic, all);
    }

    private static String pct(long n, long of) {
      return of == 0 ? "0%" : String.format(Locale.ROOT, "%.2f%%", 100.0 * n / of);
    }

    /** "name count" pairs, most frequent first (ties by name), at most 8. */
    private static String counts(Map<String, Long> m) {
      final List<Map.Entry<String, Long>> entries = new ArrayList<>(m.entrySet());
      entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      final StringBuilder sb = new StringBuilder();
      int i = 0;
      for (Map.Entry<String, Long> e : entries) {
        if (i++ == 8) {
          sb.append(", ...");
          break;
        }
        sb.append(i > 1 ? ", " : "").append(e.getKey()).append(' ').append(e.getValue());
      }
      return sb.toString();
    }
  }

  /** The truth's header and contigs with records (null when the truth could not be read through). */
  private record TruthInfo(VcfHeader header, List<String> recordContigs) {
  }
}
