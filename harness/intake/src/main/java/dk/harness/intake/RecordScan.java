package dk.harness.intake;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.ReferenceSequence;
import dk.harness.core.RegionSet;
import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.io.LenientHeader;
import dk.harness.io.SiteSyntax;
import dk.harness.report.NotAssessedKind;
import htsjdk.variant.vcf.VCFCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every data record of a submitted VCF and counts what intake reports. Findings per record (malformed,
 * unsorted, bad GT, REF mismatch) go to a {@link FindingCollector}, which caps their number. Not
 * thread-safe.
 */
final class RecordScan {
  private static final String SORT_FIX_PREFIX = "sort it: bcftools sort ";

  private final Path vcf;
  private final VCFCodec codec;
  /**
   * Whether every line must go through the codec: htsjdk decodes genotypes eagerly when the header's samples were
   * not sorted, so {@link SiteSyntax}'s proof about the fixed columns is not enough then.
   */
  private final boolean decodeEveryLine;
  private final int[] tabScratch = new int[8];
  private final int sampleCount;
  /** Column index of the chosen sample, or -1 when none was chosen. */
  private final int sampleColumn;
  private final FastaReference reference;
  /** VCF contig -> the reference contig to check REF against (same name or the rename), or null. */
  private final Function<String, String> refContig;
  private final FindingCollector out;
  /** The truth's confident regions (reference contig names), or null when not known. */
  private final RegionSet confident;
  private final RecordStats stats = new RecordStats();
  /** REF and ALT of the records at {@link #lastPos} of {@link #contig}, to find repeated records. */
  private final List<String> sitesAtPos = new ArrayList<>();

  private final Set<String> doneContigs = new HashSet<>();
  private String contig;
  private long lastPos;
  /** Whether REF is being checked for the current run of records of {@link #contig}. */
  private ReferenceSequence refSeq;
  private String refSeqName;

  /**
   * @param codec a codec that has read the header (used to validate record syntax)
   * @param sampleIndex the chosen sample's index among the header samples, or -1 for none
   * @param reference the reference, or null when it is unusable (REF is then not checked)
   * @param confident the truth's confident regions, or null when not known
   */
  RecordScan(Path vcf, VCFCodec codec, int sampleCount, int sampleIndex, FastaReference reference,
      Function<String, String> refContig, FindingCollector out, RegionSet confident) {
    this.confident = confident;
    this.vcf = vcf;
    this.codec = codec;
    this.decodeEveryLine = !codec.getHeader().samplesWereAlreadySorted();
    this.sampleCount = sampleCount;
    this.sampleColumn = sampleIndex < 0 ? -1 : 9 + sampleIndex;
    this.reference = reference;
    this.refContig = refContig;
    this.out = out;
  }

  RecordStats stats() {
    return stats;
  }

  /** Checks one data line. */
  void accept(String line, long lineNo) {
    final String[] cols = line.split("\t", -1);
    final int expected = sampleCount == 0 ? 8 : 9 + sampleCount;
    if (cols.length != expected && !(sampleCount == 0 && cols.length == 9)) {
      out.add(Severity.ERROR, "MALFORMED_RECORD", vcf, lineNo, "expected " + expected + " tab-separated columns, "
          + "found " + cols.length, "fix the line; columns must be separated by single tabs");
      return;
    }
    final long pos = parsePos(cols[1]);
    if (pos < 1) {
      out.add(Severity.ERROR, "MALFORMED_RECORD", vcf, lineNo, "POS '" + cols[1] + "' is not a positive integer",
          "fix or remove the record");
      return;
    }
    stats.records++;
    stats.contigRecords.merge(cols[0], 1L, Long::sum);
    checkOrder(cols[0], pos, lineNo);
    try {
      // The codec only validates here (its VariantContext is dropped); skipped where SiteSyntax proves it would
      // accept the line, as the comparison's reader does, so every finding and message stays the codec's.
      if (decodeEveryLine || !SiteSyntax.codecWouldAccept(line, tabScratch)) {
        codec.decode(LenientHeader.forCodec(line));
      }
    } catch (RuntimeException e) {
      out.add(Severity.ERROR, "MALFORMED_RECORD", vcf, lineNo, "malformed record at " + cols[0] + ":" + pos + " ("
          + oneLine(e.getMessage()) + ")", "fix or remove the record; check it with 'bcftools view'");
      return;
    }
    final String ref = cols[3];
    final String[] alts = ".".equals(cols[4]) ? new String[0] : cols[4].split(",", -1);
    if (alts.length > 1) {
      stats.multiallelic++;
    }
    classifyAlts(alts, cols[7], lineNo);
    final boolean sitePass = "PASS".equals(cols[6]) || ".".equals(cols[6]);
    String ft = null;
    String[] keys = null;
    String[] values = null;
    if (sampleColumn >= 0 && cols.length > sampleColumn) {
      keys = cols[8].split(":", -1);
      values = cols[sampleColumn].split(":", -1);
      ft = genotype(cols[8], keys, values, alts.length + 1, cols[0], pos, lineNo);
    }
    final boolean samplePass = ft == null || "PASS".equals(ft) || ".".equals(ft) || ft.isEmpty();
    if (sitePass && samplePass) {
      stats.passRecords++;
    } else {
      stats.filtered++;
      stats.countFilter(sitePass ? "FT=" + ft : cols[6]);
    }
    checkRef(cols[0], pos, ref, lineNo);
    account(cols, keys, values, ref, alts, pos, lineNo);
  }

  /**
   * Notes a record {@code harness compare} will not assess (by the rules of its not_assessed accounting), a
   * repeated record and an N in REF, each inside or outside the truth's confident regions.
   */
  private void account(String[] cols, String[] keys, String[] values, String ref, String[] alts, long pos,
      long lineNo) {
    final String site = ref.toUpperCase(Locale.ROOT) + "\t" + cols[4].toUpperCase(Locale.ROOT);
    final boolean repeat = sitesAtPos.contains(site);
    sitesAtPos.add(site);
    final NotAssessedKind kind = keys == null ? null : notAssessedKind(keys, values, ref, alts);
    final boolean refN = ref.indexOf('N') >= 0 || ref.indexOf('n') >= 0;
    if (kind == null && !repeat && !refN) {
      return;
    }
    final long end = Math.max(pos + ref.length() - 1, kind == null ? 0 : infoEnd(cols[7]));
    final int where = where(cols[0], pos, end);
    if (kind != null) {
      stats.notAssessed.computeIfAbsent(kind.key(), k -> new long[3])[where]++;
      if (stats.firstNotAssessedLine < 0) {
        stats.firstNotAssessedLine = lineNo;
      }
      if (where == 0 && stats.firstNotAssessedInsideLine < 0) {
        stats.firstNotAssessedInsideLine = lineNo;
      }
      return;
    }
    if (repeat) {
      stats.duplicates[where]++;
      if (stats.firstDuplicateLine < 0) {
        stats.firstDuplicateLine = lineNo;
      }
    }
    if (refN) {
      stats.refN[where]++;
      if (stats.firstRefNLine < 0) {
        stats.firstRefNLine = lineNo;
      }
    }
  }

  /** 0 inside the confident regions, 1 outside, 2 not known. */
  private int where(String chrom, long pos, long end) {
    if (confident == null) {
      return 2;
    }
    final String name = refContig.apply(chrom);
    return confident.overlaps(name == null ? chrom : name, (int) pos - 1, (int) Math.min(end, Integer.MAX_VALUE))
        ? 0 : 1;
  }

  /**
   * Why the comparison will not assess the record, or null when it will (or when it is simply not a variant):
   * the genotype calls only symbolic or breakend alleles; ploidy above two; an allele over the length bound.
   */
  private static NotAssessedKind notAssessedKind(String[] keys, String[] values, String ref, String[] alts) {
    final int gtIdx = Arrays.asList(keys).indexOf("GT");
    if (gtIdx < 0 || gtIdx >= values.length) {
      return null;
    }
    final String[] gt = splitGt(values[gtIdx]);
    boolean replayable = false;
    NotAssessedKind symbolic = null;
    for (String a : gt) {
      final int idx;
      try {
        idx = Integer.parseInt(a);
      } catch (NumberFormatException e) {
        continue;
      }
      if (idx < 1 || idx > alts.length || alts[idx - 1].equalsIgnoreCase(ref)) {
        continue;
      }
      final NotAssessedKind k = NotAssessedKind.ofAlt(alts[idx - 1]);
      if (k != null) {
        symbolic = symbolic == null || k.ordinal() < symbolic.ordinal() ? k : symbolic;
      } else if (!"*".equals(alts[idx - 1])) {
        replayable = true;
      }
    }
    if (!replayable) {
      return symbolic;
    }
    if (gt.length > 2) {
      return NotAssessedKind.PLOIDY_ABOVE_TWO;
    }
    int longest = ref.length();
    for (String a : alts) {
      if (NotAssessedKind.ofAlt(a) == null && !"*".equals(a)) {
        longest = Math.max(longest, a.length());
      }
    }
    return longest > ComparisonConfig.defaults().maxAlleleLength() ? NotAssessedKind.ALLELE_TOO_LONG : null;
  }

  /** The INFO END value, or 0. */
  private static long infoEnd(String info) {
    for (String kv : info.split(";")) {
      if (kv.startsWith("END=")) {
        final long v = parsePos(kv.substring(4));
        return Math.max(v, 0);
      }
    }
    return 0;
  }

  private void checkOrder(String chrom, long pos, long lineNo) {
    if (!chrom.equals(contig) || pos != lastPos) {
      sitesAtPos.clear();
    }
    if (chrom.equals(contig)) {
      if (pos < lastPos) {
        out.add(Severity.ERROR, "UNSORTED", vcf, lineNo, "POS " + pos + " comes after POS " + lastPos + " on contig '"
            + chrom + "'", SORT_FIX_PREFIX + vcf + " -Oz -o sorted.vcf.gz && tabix -p vcf sorted.vcf.gz");
      }
      lastPos = Math.max(lastPos, pos);
      return;
    }
    if (contig != null) {
      doneContigs.add(contig);
    }
    if (doneContigs.contains(chrom)) {
      out.add(Severity.ERROR, "UNSORTED", vcf, lineNo, "records of contig '" + chrom + "' appear again after records "
          + "of contig '" + contig + "'", SORT_FIX_PREFIX + vcf + " -Oz -o sorted.vcf.gz && tabix -p vcf "
          + "sorted.vcf.gz");
    }
    // REF is checked for the first run of each contig only, so an unsorted file does not reload contigs.
    final boolean firstRun = !doneContigs.contains(chrom);
    contig = chrom;
    lastPos = pos;
    refSeq = null;
    refSeqName = null;
    if (firstRun && reference != null) {
      final String name = refContig.apply(chrom);
      if (name != null) {
        try {
          refSeq = reference.contig(name);
          refSeqName = name;
        } catch (InputException e) {
          out.add(Severity.ERROR, "REFERENCE_UNREADABLE", e.file(), e.line(), e.problem(), e.fix());
        }
      }
    }
  }

  private void classifyAlts(String[] alts, String info, long lineNo) {
    boolean gvcf = false;
    boolean symbolic = false;
    boolean realAlt = false;
    for (String a : alts) {
      if ("<NON_REF>".equals(a) || "<*>".equals(a)) {
        gvcf = true;
        if (stats.gvcfEvidence == null) {
          stats.gvcfEvidence = "ALT " + a;
        }
      } else if (isSymbolic(a)) {
        symbolic = true;
        realAlt = true;
        stats.symbolicAlleles.merge(a.startsWith("<") ? a : "breakend", 1L, Long::sum);
      } else if (!"*".equals(a)) {
        realAlt = true;
      }
    }
    if (!gvcf && !realAlt && hasEnd(info)) {
      // a reference block: END= on a record without an alternate allele
      gvcf = true;
      if (stats.gvcfEvidence == null) {
        stats.gvcfEvidence = "reference block (END= with ALT '.')";
      }
    }
    if (gvcf) {
      stats.gvcfRecords++;
      if (stats.firstGvcfLine < 0) {
        stats.firstGvcfLine = lineNo;
      }
    }
    if (symbolic) {
      stats.symbolic++;
      if (stats.firstSymbolicLine < 0) {
        stats.firstSymbolicLine = lineNo;
      }
    }
  }

  /** Symbolic ({@code <DEL>}), or a breakend ({@code G]17:198982]}, {@code .A}, {@code A.}). */
  static boolean isSymbolic(String alt) {
    if (alt.isEmpty() || "*".equals(alt)) {
      return false;
    }
    if (alt.charAt(0) == '<' || alt.indexOf('[') >= 0 || alt.indexOf(']') >= 0) {
      return true;
    }
    return alt.length() > 1 && (alt.charAt(0) == '.' || alt.charAt(alt.length() - 1) == '.');
  }

  private static boolean hasEnd(String info) {
    return info.startsWith("END=") || info.contains(";END=");
  }

  /**
   * Reads the chosen sample's GT (and FT), counts genotype facts, reports a missing or malformed GT.
   *
   * @return the FT value, or null when there is none
   */
  private String genotype(String format, String[] keys, String[] values, int alleleCount, String chrom, long pos,
      long lineNo) {
    int gtIdx = -1;
    int ftIdx = -1;
    for (int i = 0; i < keys.length; i++) {
      if ("GT".equals(keys[i])) {
        gtIdx = i;
      } else if ("FT".equals(keys[i])) {
        ftIdx = i;
      }
    }
    final String ft = ftIdx >= 0 && ftIdx < values.length ? values[ftIdx] : null;
    if (gtIdx < 0) {
      // Skipped by the comparison as by vcfeval; intake's summary refuses a file where every record is so.
      if (stats.withoutGt++ == 0) {
        stats.firstWithoutGtLine = lineNo;
        stats.firstWithoutGt = chrom + ":" + pos + " (FORMAT is '" + format + "')";
      }
      return ft;
    }
    final String gt = gtIdx < values.length ? values[gtIdx] : ".";
    final String[] alleles = splitGt(gt);
    int called = 0;
    int nonRef = 0;
    int first = -2;
    boolean differ = false;
    for (String a : alleles) {
      if (".".equals(a) || a.isEmpty() && alleles.length == 1) {
        continue;
      }
      final int idx;
      try {
        idx = Integer.parseInt(a);
      } catch (NumberFormatException e) {
        out.add(Severity.ERROR, "GT_INVALID", vcf, lineNo, "GT '" + gt + "' at " + chrom + ":" + pos
            + " is malformed", "fix or remove the record");
        return ft;
      }
      if (idx < 0 || idx >= alleleCount) {
        out.add(Severity.ERROR, "GT_INVALID", vcf, lineNo, "GT '" + gt + "' at " + chrom + ":" + pos + " names allele "
            + idx + " but the record has " + alleleCount + " alleles", "fix the GT or the ALT column");
        return ft;
      }
      called++;
      if (idx > 0) {
        nonRef++;
      }
      if (first == -2) {
        first = idx;
      } else if (idx != first) {
        differ = true;
      }
    }
    stats.genotyped++;
    if (nonRef == 0) {
      stats.noCallOrHomRef++;
    }
    if (called >= 2 && differ) {
      stats.hets++;
      // phased only when every separator is '|'
      if (gt.indexOf('/') >= 0 || gt.indexOf('|') < 0) {
        stats.unphasedHet++;
      }
    }
    return ft;
  }

  /** {@code gt.split("[/|]", -1)} without a regular expression per record. */
  static String[] splitGt(String gt) {
    int parts = 1;
    for (int i = 0; i < gt.length(); i++) {
      final char c = gt.charAt(i);
      if (c == '/' || c == '|') {
        parts++;
      }
    }
    if (parts == 1) {
      return new String[] {gt};
    }
    final String[] out = new String[parts];
    int from = 0;
    int k = 0;
    for (int i = 0; i < gt.length(); i++) {
      final char c = gt.charAt(i);
      if (c == '/' || c == '|') {
        out[k++] = gt.substring(from, i);
        from = i + 1;
      }
    }
    out[k] = gt.substring(from);
    return out;
  }

  private void checkRef(String chrom, long pos, String ref, long lineNo) {
    if (refSeq == null || !chrom.equals(contig)) {
      return;
    }
    stats.refChecked++;
    final long start = pos - 1;
    final long end = start + ref.length();
    final String where = chrom + ":" + pos + (refSeqName.equals(chrom) ? "" : " (" + refSeqName + " in the reference)");
    if (end > refSeq.length()) {
      stats.refMismatches++;
      out.add(Severity.ERROR, "REF_MISMATCH", vcf, lineNo, "REF '" + abbreviate(ref) + "' at " + where
          + " runs past the end of the reference contig (" + Builds.bp(refSeq.length()) + ")",
          "the VCF was called on a different reference or build; use the matching FASTA");
      return;
    }
    final byte[] actual = refSeq.bases((int) start, (int) end);
    for (int i = 0; i < actual.length; i++) {
      if (!matches(ref.charAt(i), actual[i])) {
        stats.refMismatches++;
        out.add(Severity.ERROR, "REF_MISMATCH", vcf, lineNo, "REF '" + abbreviate(ref) + "' at " + where
            + " does not match the reference ('" + abbreviate(new String(actual, StandardCharsets.US_ASCII)) + "')",
            "the VCF was called on a different reference or build; use the matching FASTA");
        return;
      }
    }
  }

  /** Case-insensitive; N or any other IUPAC ambiguity code on either side matches anything (as io's RefCheck). */
  private static boolean matches(char vcfBase, byte refBase) {
    final int a = Character.toUpperCase(vcfBase);
    final int b = Character.toUpperCase((char) refBase);
    return a == b || !isAcgt(a) || !isAcgt(b);
  }

  private static boolean isAcgt(int c) {
    return c == 'A' || c == 'C' || c == 'G' || c == 'T';
  }

  private static long parsePos(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v > Integer.MAX_VALUE ? -1 : v;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }
}
