package dk.harness.catalog;

/** One fetch of one truth set into a {@link TruthSetCache}. Single use, single thread. */
final class Fetcher {
  private final TruthSetCache cache;
  private final Downloader downloader;
  private final FetchListener listener;

  Fetcher(TruthSetCache cache, Downloader downloader, FetchListener listener) {
    this.cache = cache;
    this.downloader = downloader;
    this.listener = listener;
  }

  LocalTruthSet fetch(TruthSet set) {
    throw new UnsupportedOperationException("not yet");
  }
}
