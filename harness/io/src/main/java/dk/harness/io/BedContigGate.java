package dk.harness.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, per BED line, whether its interval is kept: the reference's contig rule ({@link ReferenceContigs}) or a
 * plain contig filter. The decision is remembered for the current contig, so a run of lines on one contig costs a
 * reference comparison of the name String and nothing else; a new contig name costs one set lookup. Contigs that
 * break the rule are collected (first line, count) while the rest of the file is read, so the error can give the
 * complete rename. Not thread-safe: one per file read.
 */
final class BedContigGate {
  private final Path bed;
  private final String what;
  private final ReferenceContigs reference;
  private final Set<String> only;

  private String last;
  private boolean keep;
  /** {first line, intervals} of the current contig when it is not kept under the rule; else null. */
  private long[] tally;
  private String firstPresent;
  private final Map<String, long[]> leftOut = new LinkedHashMap<>();
  private final Map<String, long[]> refused = new LinkedHashMap<>();

  /**
   * @param what the BED's role in messages (null with a plain filter)
   * @param reference the rule to apply, or null for a plain filter
   * @param only with no rule: keep only these contigs (null keeps all)
   */
  BedContigGate(Path bed, String what, ReferenceContigs reference, Set<String> only) {
    this.bed = bed;
    this.what = what;
    this.reference = reference;
    this.only = only;
  }

  /** Whether the interval on {@code contig} at {@code lineNo} is kept. */
  boolean keep(String contig, long lineNo) {
    if (contig != last && !contig.equals(last)) {
      switchTo(contig, lineNo);
    }
    if (tally != null) {
      tally[1]++;
    }
    return keep;
  }

  private void switchTo(String contig, long lineNo) {
    last = contig;
    tally = null;
    if (reference == null) {
      keep = only == null || only.contains(contig);
      return;
    }
    keep = reference.contains(contig);
    if (keep) {
      if (firstPresent == null) {
        firstPresent = contig;
      }
      return;
    }
    tally = leftOut.get(contig);
    if (tally == null) {
      tally = refused.get(contig);
    }
    if (tally == null) {
      tally = new long[] {lineNo, 0};
      (reference.kind(contig) == ReferenceContigs.Kind.MAY_BE_ABSENT ? leftOut : refused).put(contig, tally);
    }
  }

  /** Intervals left out per contig the reference may lack, in file order. */
  Map<String, Long> leftOutCounts() {
    final Map<String, Long> out = new LinkedHashMap<>();
    leftOut.forEach((k, v) -> out.put(k, v[1]));
    return out;
  }

  /** @throws InputException when some interval named a contig the rule refuses */
  void finish() {
    if (refused.isEmpty()) {
      return;
    }
    final Map<String, String> renames = new LinkedHashMap<>();
    final Map<String, Long> renamed = new LinkedHashMap<>();
    final Map<String, Long> unknown = new LinkedHashMap<>();
    String firstRename = null;
    long renameLine = Long.MAX_VALUE;
    String firstUnknown = null;
    long unknownLine = Long.MAX_VALUE;
    for (Map.Entry<String, long[]> e : refused.entrySet()) {
      final String to = reference.rename(e.getKey());
      final long line = e.getValue()[0];
      if (to != null) {
        renames.put(e.getKey(), to);
        renamed.put(e.getKey(), e.getValue()[1]);
        if (line < renameLine) {
          renameLine = line;
          firstRename = e.getKey();
        }
      } else {
        unknown.put(e.getKey(), e.getValue()[1]);
        if (line < unknownLine) {
          unknownLine = line;
          firstUnknown = e.getKey();
        }
      }
    }
    final String fasta = "the reference '" + reference.fasta() + "'";
    if (firstRename != null) {
      final String to = renames.get(firstRename);
      final boolean mixed = firstPresent != null;
      throw new InputException(bed, renameLine, what + " names contig '" + firstRename + "', which " + fasta
          + " calls '" + to + "'" + (mixed ? "; the file mixes namings ('" + firstRename + "' and '" + firstPresent
          + "'), and its '" + firstRename + "' lines would be dropped" : "") + " (" + total(renamed) + " interval"
          + (total(renamed) == 1 ? "" : "s") + " on " + renamed.size() + " contig" + (renamed.size() == 1 ? "" : "s")
          + " to rename: " + ReferenceContigs.counted(renamed) + ")" + (unknown.isEmpty() ? "" : "; "
          + unknown.size() + " more contig" + (unknown.size() == 1 ? " is" : "s are") + " not in the reference at "
          + "all: " + ReferenceContigs.counted(unknown)),
          "rename the contigs into a new file: " + ReferenceContigs.catCommand(bed) + " | sed " + renameScript(renames)
          + " > renamed.bed" + (unknown.isEmpty() ? "" : " (and drop the other contigs: " + dropScript(unknown)
          + ")"));
    }
    throw new InputException(bed, unknownLine, what + " has intervals on contig '" + firstUnknown + "', which is not "
        + "in " + fasta + " (" + total(unknown) + " interval" + (total(unknown) == 1 ? "" : "s") + " on "
        + unknown.size() + " contig" + (unknown.size() == 1 ? "" : "s") + " it lacks: "
        + ReferenceContigs.counted(unknown) + ")", "use the BED made for the reference's build, or drop those "
        + "lines into a new file: " + ReferenceContigs.catCommand(bed) + " | sed " + dropScript(unknown)
        + " > kept.bed");
  }

  /** {@code -e 's/^20\t/chr20\t/' ...}: every rename, exact. */
  private static String renameScript(Map<String, String> renames) {
    final List<String> parts = new ArrayList<>();
    renames.forEach((from, to) -> parts.add("-e 's/^" + ReferenceContigs.literal(from) + "\\t/"
        + ReferenceContigs.replacement(to) + "\\t/'"));
    return String.join(" ", parts);
  }

  /** {@code -e '/^foo\t/d' ...} for every contig. */
  private static String dropScript(Map<String, Long> contigs) {
    final List<String> parts = new ArrayList<>();
    contigs.keySet().forEach(c -> parts.add("-e '/^" + ReferenceContigs.literal(c) + "\\t/d'"));
    return String.join(" ", parts);
  }

  private static long total(Map<String, Long> counts) {
    long n = 0;
    for (long v : counts.values()) {
      n += v;
    }
    return n;
  }
}
