package dk.harness.compare;

import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import java.util.Locale;

/**
 * Which field ranks the query's calls in the ROC tables: the one asked for ({@code --roc}, a plan's {@code roc}) when
 * some query record gives the sample a value for it, else QUAL. A field no record carries would leave every ROC
 * table with only its {@code *} rows and no word about why; QUAL is in every VCF's fixed columns. The same choice is
 * made by {@code compare}, each shard of a cluster run and {@code merge}, so their outputs agree. Stateless.
 */
public final class RocField {
  private RocField() {
  }

  /**
   * The field to rank by, with a warning to {@code progress} naming the field and the fallback when it is not the
   * one asked for.
   *
   * @param query the query, opened with the field asked for ({@link VcfInput#score()})
   * @throws dk.harness.io.InputException if the query cannot be read
   */
  public static ScoreField choose(VcfInput query, ProgressSink progress) {
    final ScoreField asked = query.score();
    if (asked == ScoreField.QUAL || query.anyRecordHasFormatValue(asked.name())) {
      return asked;
    }
    progress.warn(String.format(Locale.ROOT, "--roc %s: no record of the query (%s, sample %s) has a FORMAT %s "
        + "value; the ROC tables rank calls by QUAL instead (metrics.json parameters.roc = QUAL, roc_requested = "
        + "%s)", asked, query.path(), query.sampleName(), asked, asked));
    return ScoreField.QUAL;
  }
}
