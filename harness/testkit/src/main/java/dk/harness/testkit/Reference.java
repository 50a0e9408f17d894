package dk.harness.testkit;

import dk.harness.core.ReferenceSequence;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A reference as the oracle runner needs it: contig names in reference order and a way to load one contig.
 * Loaded contigs are kept (memoized), so repeated runs over one case load each contig once. Thread-safe.
 */
public final class Reference {
  private final List<String> contigs;
  private final Function<String, ReferenceSequence> loader;
  private final Map<String, ReferenceSequence> loaded = new ConcurrentHashMap<>();

  /**
   * @param contigs contig names in reference order
   * @param loader loads one contig (called at most once per contig)
   */
  public Reference(List<String> contigs, Function<String, ReferenceSequence> loader) {
    this.contigs = List.copyOf(contigs);
    this.loader = loader;
  }

  /** A reference held in memory (e.g. from {@link TinyFasta}). */
  public static Reference of(Map<String, ReferenceSequence> sequences) {
    return new Reference(List.copyOf(sequences.keySet()), sequences::get);
  }

  public List<String> contigs() {
    return contigs;
  }

  /** The contig's sequence, loading it on first use. */
  public ReferenceSequence contig(String name) {
    return loaded.computeIfAbsent(name, loader);
  }
}
