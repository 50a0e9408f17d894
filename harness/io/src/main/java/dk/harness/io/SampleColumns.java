package dk.harness.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks on the sample columns of a VCF's #CHROM line, made before htsjdk reads the header. Stateless. */
final class SampleColumns {
  private SampleColumns() {
  }

  /**
   * Refuses a sample named twice in the #CHROM line. htsjdk keeps such a name once, so without this check every
   * record fails later on its column count ("expected 10 columns, found 11"), naming neither the header nor the
   * sample.
   *
   * @param headerLines the header lines from line 1 on, the #CHROM line last or near the end
   * @throws InputException naming the #CHROM line, the sample and both columns
   */
  static void requireDistinct(Path vcf, List<String> headerLines) {
    for (int i = headerLines.size() - 1; i >= 0; i--) {
      final String line = headerLines.get(i);
      if (!line.startsWith("#CHROM")) {
        continue;
      }
      final String[] columns = line.split("\t", -1);
      final Map<String, Integer> seen = new HashMap<>();
      for (int c = 9; c < columns.length; c++) {
        final Integer first = seen.putIfAbsent(columns[c], c + 1);
        if (first != null) {
          throw new InputException(vcf, i + 1, "the #CHROM line names sample '" + columns[c] + "' twice (columns "
              + first + " and " + (c + 1) + ")", "give each sample column its own name, e.g. bcftools reheader "
              + "--samples names.txt " + vcf);
        }
      }
      return;
    }
  }
}
