package dk.harness.testkit.sv;

import dk.harness.core.ReferenceSequence;
import dk.harness.core.sv.SvBench;
import dk.harness.core.sv.SvReference;
import dk.harness.core.sv.SvRegions;
import dk.harness.core.sv.SvResult;
import dk.harness.io.FastaReference;
import dk.harness.io.SvBed;
import dk.harness.io.SvVcf;
import dk.harness.io.SvVcfReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random dense call sets (duplicated records, every SV type, breakends, genotypes, filters) with random
 * parameters, each with Truvari 5.4.0's answer: folders holding t.vcf.gz, q.vcf.gz, optional r.bed,
 * command.txt and records.tsv (see truvari-extra/README.md). The committed cases live in resources/truvari-fuzz;
 * {@code -Dharness.sv.fuzz=DIR} runs a folder of freshly generated ones instead.
 */
class TruvariFuzzTest {
  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    final String prop = System.getProperty("harness.sv.fuzz");
    final Path dir = prop != null ? Path.of(prop)
        : Path.of(TruvariFuzzTest.class.getResource("/truvari-fuzz").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p.resolve("records.tsv"))).sorted()
          .map(p -> Arguments.of(p.getFileName().toString(), p)).toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameAsTruvari(String name, Path folder) throws IOException {
    final TruvariRun run = TruvariRun.read(folder, name);
    final SvVcf truth = SvVcfReader.read(folder.resolve(run.base()), null);
    final SvVcf query = SvVcfReader.read(folder.resolve(run.comp()), null);
    final SvRegions regions = run.includebed() == null ? null
        : SvBed.read(folder.resolve(run.includebed()), truth.input().contigs().keySet());
    final SvResult result;
    try (FastaReference fasta = run.reference() == null ? null : FastaReference.open(Path.of(run.reference()))) {
      result = new SvBench(run.config(), fasta == null ? null : adapt(fasta))
          .compare(truth.input(), query.input(), regions);
    }
    final Map<String, List<String>> theirs = new TreeMap<>();
    for (String line : Files.readAllLines(folder.resolve("records.tsv"))) {
      final int tab = line.indexOf('\t');
      theirs.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
    }
    TruvariOracleTest.assertSameAsTruvari(folder.resolve("out").toFile().isDirectory() ? folder.resolve("out")
        : folder, result, theirs);
  }

  private static SvReference adapt(FastaReference fasta) {
    return new SvReference() {
      @Override
      public long length(String contig) {
        final Integer l = fasta.contigLengths().get(contig);
        return l == null ? -1 : l;
      }

      @Override
      public String bases(String contig, long start, long end) {
        final ReferenceSequence s = fasta.contig(contig);
        return new String(s.bases((int) start, (int) end), StandardCharsets.US_ASCII);
      }
    };
  }
}
