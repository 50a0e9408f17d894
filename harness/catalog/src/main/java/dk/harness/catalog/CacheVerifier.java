package dk.harness.catalog;

import java.util.Optional;

/** Checks what a {@link TruthSetCache} holds for one set. Stateless apart from the cache. */
final class CacheVerifier {
  private final TruthSetCache cache;

  CacheVerifier(TruthSetCache cache) {
    this.cache = cache;
  }

  VerifyReport verify(TruthSet set) {
    throw new UnsupportedOperationException("not yet");
  }

  Optional<LocalTruthSet> find(TruthSet set) {
    throw new UnsupportedOperationException("not yet");
  }
}
