package dk.harness.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What vcfeval's output files say about the records of one side (truth or query), as categories per record key,
 * plus the rule that maps our {@link VcfevalStatus} to the same categories. Immutable.
 *
 * <p>Three forms exist because vcfeval's tests keep different outputs: split mode's tp/fp/fn files (records not in
 * any file were not reported), annotate mode's BASE/CALL INFO values (every loaded record present), and cases
 * that keep only tp.vcf (then only "TP or not" is known).
 */
public final class ExpectedStatuses {
  private final Map<RecordKey, List<String>> byKey;
  private final String absent;
  private final Function<VcfevalStatus, String> view;
  private final String description;

  private ExpectedStatuses(Map<RecordKey, List<String>> byKey, String absent, Function<VcfevalStatus, String> view,
      String description) {
    final Map<RecordKey, List<String>> copy = new TreeMap<>();
    byKey.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byKey = Collections.unmodifiableMap(copy);
    this.absent = absent;
    this.view = view;
    this.description = description;
  }

  /** Split mode, truth side: tp-baseline.vcf records are TP, fn.vcf records FN, any other record OUT. */
  public static ExpectedStatuses splitTruth(Path tpBaseline, Path fn) {
    final Map<RecordKey, List<String>> m = new TreeMap<>();
    add(m, tpBaseline, "TP");
    add(m, fn, "FN");
    return new ExpectedStatuses(m, "OUT", s -> s.splitView().name(), "split-mode tp-baseline/fn");
  }

  /** Split mode, query side: tp.vcf records are TP, fp.vcf records FP, any other record OUT. */
  public static ExpectedStatuses splitQuery(Path tp, Path fp) {
    final Map<RecordKey, List<String>> m = new TreeMap<>();
    add(m, tp, "TP");
    add(m, fp, "FP");
    return new ExpectedStatuses(m, "OUT", s -> s.splitView().name(), "split-mode tp/fp");
  }

  /** Only a TP file is known (tp.vcf or tp-baseline.vcf): each record is TP or not. */
  public static ExpectedStatuses tpOnly(Path tpFile) {
    final Map<RecordKey, List<String>> m = new TreeMap<>();
    add(m, tpFile, "TP");
    return new ExpectedStatuses(m, "not-TP", s -> s == VcfevalStatus.TP ? "TP" : "not-TP",
        "TP-only " + tpFile.getFileName());
  }

  /**
   * Annotate mode: INFO {@code infoKey} ({@code BASE} or {@code CALL}) holds the status of every loaded record
   * (TP, FN, FN_CA, FP, FP_CA, OUT, IGN, HARD); a record missing from the file was skipped at load (IGN).
   */
  public static ExpectedStatuses annotated(Path out, String infoKey) {
    final Map<RecordKey, List<String>> m = new TreeMap<>();
    for (RecordKey.Line l : RecordKey.readLines(out)) {
      final String status = l.info(infoKey);
      if (status == null) {
        throw new IllegalArgumentException(out + ": record " + l.key() + " has no INFO " + infoKey);
      }
      VcfevalStatus.valueOf(status); // fails loudly on a status this class does not know
      m.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(status);
    }
    return new ExpectedStatuses(m, "IGN", VcfevalStatus::name, "annotate-mode " + infoKey);
  }

  private static void add(Map<RecordKey, List<String>> m, Path vcf, String category) {
    for (RecordKey.Line l : RecordKey.readLines(vcf)) {
      m.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(category);
    }
  }

  /** Expected categories per key (several when records repeat a key). */
  public Map<RecordKey, List<String>> byKey() {
    return byKey;
  }

  /** The category of a record that no expected file lists. */
  public String absent() {
    return absent;
  }

  /** Our status in this form's categories. */
  public String categoryOf(VcfevalStatus s) {
    return view.apply(s);
  }

  /** How many records the expected files list with this category. */
  public long count(String category) {
    return byKey.values().stream().flatMap(List::stream).filter(category::equals).count();
  }

  public String description() {
    return description;
  }
}
