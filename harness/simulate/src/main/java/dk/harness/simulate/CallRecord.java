package dk.harness.simulate;

import java.util.List;

/**
 * One record of a unit's query VCF.
 *
 * @param allelic POS, REF, ALTs
 * @param gt GT field
 * @param qual QUAL, NaN for '.'
 * @param gq GQ
 * @param dp read depth
 * @param filter FILTER column ({@code PASS}, {@code LowQual} or {@code .})
 * @param ft FORMAT/FT value, or null when the unit does not write FT
 */
record CallRecord(Allelic allelic, String gt, double qual, int gq, int dp, String filter, String ft) {
  int pos() {
    return allelic.pos();
  }

  List<String> alts() {
    return allelic.alts();
  }
}
