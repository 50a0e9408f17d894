package dk.harness.compare;

import dk.harness.io.BedRegions;
import dk.harness.io.InputException;
import dk.harness.io.ReferenceContigs;
import dk.harness.io.Stratifications;
import dk.harness.report.RunInfo;
import dk.harness.report.Sha256;
import dk.harness.report.Stratum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Input checks and loaders shared by {@link Comparison} and {@link TruthSetData}. Stateless. */
final class Inputs {
  private Inputs() {
  }

  /**
   * Fails unless {@code file} (if not null) is a readable regular file.
   *
   * @param what e.g. "the truth VCF (--truth)", used in the message
   */
  static void requireFile(Path file, String what) {
    if (file == null) {
      return;
    }
    if (!Files.exists(file)) {
      throw new InputException(file, -1, what + " does not exist", "check the path");
    }
    if (!Files.isRegularFile(file)) {
      // Pipes and process substitutions cannot work: every input is read more than once (checks, sha256).
      throw new InputException(file, -1, what + " is not a regular file",
          "write it to a file first (pipes and <(...) cannot be read twice)");
    }
    if (!Files.isReadable(file)) {
      throw new InputException(file, -1, what + " is not readable", "check its permissions");
    }
  }

  /** {@link #loadStrata(Path, ReferenceContigs, int, Consumer)} against a set of names, dropping warnings. */
  static List<Stratum> loadStrata(Path tsv, Set<String> referenceContigs, int threads) {
    return loadStrata(tsv, new ReferenceContigs(null, referenceContigs), threads, w -> {
    });
  }

  /**
   * The strata of a TSV, each BED held to the reference's contig rule ({@link BedRegions#read(Path, String,
   * ReferenceContigs)}); empty for a null TSV. The BED files are read on {@code threads} threads (they are
   * independent, and a genome's strata take seconds that would otherwise leave the other cores idle at the start);
   * the result, the warnings and the first error reported are those of reading them one by one, in TSV order.
   *
   * @param warnings receives, in TSV order, one warning per stratum with intervals left out
   */
  static List<Stratum> loadStrata(Path tsv, ReferenceContigs reference, int threads, Consumer<String> warnings) {
    if (tsv == null) {
      return List.of();
    }
    final List<Stratifications.Stratum> listed = Stratifications.read(tsv);
    if (listed.isEmpty()) {
      warnings.accept(tsv + ": the stratification TSV lists no stratum (an empty file?), so only the whole-genome "
          + "rows are reported; check --stratification");
    }
    final List<Stratum> out = new ArrayList<>();
    final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, listed.size())), r -> {
      final Thread t = new Thread(r, "harness-strata");
      t.setDaemon(true);
      return t;
    });
    try {
      final List<Future<BedRegions.Checked>> loads = new ArrayList<>();
      for (Stratifications.Stratum st : listed) {
        loads.add(pool.submit(() -> st.load(reference)));
      }
      for (int i = 0; i < listed.size(); i++) {
        final BedRegions.Checked regions;
        try {
          regions = loads.get(i).get();
        } catch (ExecutionException e) {
          throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
        final Stratifications.Stratum st = listed.get(i);
        final String warning = regions.warning(st.bed(), st.what(), reference);
        if (warning != null) {
          warnings.accept(warning);
        }
        if (regions.regions().coveredLength() == 0) {
          // Its rows would read 0 like a stratum where nothing was called: say it is the BED that is empty.
          warnings.accept(st.bed() + ": stratum '" + st.name() + "' has no interval (an empty BED), so its rows "
              + "count nothing; check the file or drop it from " + tsv);
        }
        try {
          out.add(new Stratum(st.name(), regions.regions()));
        } catch (IllegalArgumentException e) {
          throw new InputException(tsv, -1, e.getMessage(), "rename the stratum in the TSV", e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the strata of " + tsv, e);
    } finally {
      pool.shutdownNow();
    }
    final Set<String> names = new HashSet<>();
    for (Stratum st : out) {
      if (!names.add(st.name())) {
        throw new InputException(tsv, -1, "stratum '" + st.name() + "' is listed twice",
            "give every stratum a unique name");
      }
    }
    return List.copyOf(out);
  }

  /** The file with its sha256, or null for a null file. */
  static RunInfo.InputFile digest(Path file) throws IOException {
    return file == null ? null : new RunInfo.InputFile(file.toString(), Sha256.of(file));
  }
}
