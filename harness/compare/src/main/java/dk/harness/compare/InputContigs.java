package dk.harness.compare;

import dk.harness.core.RegionSet;
import dk.harness.io.BedRegions;
import dk.harness.io.ContigNaming;
import dk.harness.io.HeaderContig;
import dk.harness.io.InputException;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ReferenceContigs;
import dk.harness.intake.ContigLengths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The contig checks of a comparison that are not the records' naming ({@link ContigNaming}): BEDs read under the
 * reference's contig rule ({@link ReferenceContigs}) and the {@code ##contig} lengths of truth and query against
 * the reference ({@link ContigLengths}, the check {@code validate} makes too). Stateless.
 */
final class InputContigs {
  private InputContigs() {
  }

  /**
   * A BED read under the contig rule; intervals on contigs the reference may lack are left out with a warning.
   *
   * @param bed the BED, or null (then null is returned)
   * @param what the BED's role, e.g. "the confident-regions BED"
   * @throws InputException on a bad BED or an interval on a contig the reference lacks
   */
  static RegionSet bed(Path bed, String what, ReferenceContigs reference, Consumer<String> warnings) {
    if (bed == null) {
      return null;
    }
    final BedRegions.Checked checked = BedRegions.read(bed, what, reference);
    final String warning = checked.warning(bed, what, reference);
    if (warning != null) {
      warnings.accept(warning);
    }
    return checked.regions();
  }

  /**
   * Checks the declared {@code ##contig} lengths of a VCF against the reference, for contigs the reference has.
   * A length of another build ({@link ContigLengths.Mismatch#otherBuild()}) is an error naming the header line;
   * other differences (typically a sliced test reference) give one warning.
   *
   * @param what e.g. "the query VCF"
   * @throws InputException on a length from another build
   */
  static void headerLengths(Path vcf, String what, List<HeaderContig> declared, Map<String, Integer> reference,
      Path fasta, Consumer<String> warnings) {
    final List<String> differ = new ArrayList<>();
    long firstLine = -1;
    for (HeaderContig c : declared) {
      final Integer length = reference.get(c.id());
      if (length == null) {
        continue;
      }
      final ContigLengths.Mismatch m = ContigLengths.check(c.id(), c.length(), length);
      if (m == null) {
        continue;
      }
      if (m.otherBuild()) {
        throw new InputException(vcf, c.line(), what + " is from another build: its header " + m.problem(fasta),
            m.otherBuildFix());
      }
      if (firstLine < 0) {
        firstLine = c.line();
      }
      differ.add(m.problem(fasta) + " (line " + c.line() + ")");
    }
    if (!differ.isEmpty()) {
      warnings.accept(vcf + ":" + firstLine + ": " + what + " header declares " + differ.size() + " contig length"
          + (differ.size() == 1 ? "" : "s") + " other than the reference's, which is not decisive (a sliced test "
          + "reference?): " + differ.get(0) + (differ.size() > 1 ? ", ... (" + (differ.size() - 1) + " more)" : "")
          + "; records past the reference's end would fail the REF check");
    }
  }

  /** Tallies (first line, count) of a loaded truth's contigs, for {@link ContigNaming.Side}. */
  static Function<Set<String>, Map<String, ContigNaming.Tally>> tallies(
      Function<String, List<LoadedRecord>> records) {
    return contigs -> {
      final Map<String, ContigNaming.Tally> out = new LinkedHashMap<>();
      for (String c : contigs) {
        final List<LoadedRecord> r = records.apply(c);
        if (!r.isEmpty()) {
          out.put(c, new ContigNaming.Tally(r.get(0).line(), r.size()));
        }
      }
      return out;
    };
  }
}
