package dk.harness.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one URL into a {@code .part} file, resuming from the bytes already there with an HTTP Range request
 * when the server allows it. A transfer that delivers no data for {@link Downloader#stallTimeout()} is aborted (a
 * stalled connection would otherwise hang for ever); whatever arrived stays in the {@code .part} for the next
 * attempt. Single use.
 */
final class PartDownload {
  private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
  private static final Pattern UNSATISFIED_RANGE = Pattern.compile("bytes\\s+\\*/(\\d+)");
  private static final long POLL_MILLIS = 100;

  private final Downloader downloader;
  private final FetchListener listener;
  private final URI url;
  private final Path part;
  private final Path target;

  PartDownload(Downloader downloader, FetchListener listener, URI url, Path part, Path target) {
    this.downloader = downloader;
    this.listener = listener;
    this.url = url;
    this.part = part;
    this.target = target;
  }

  /** Leaves the complete (not yet verified) body in {@code part}, or throws {@link CatalogueException}. */
  void run() {
    final long have = sizeOrZero(part);
    final HttpRequest.Builder req = HttpRequest.newBuilder(url).GET().timeout(downloader.stallTimeout());
    if (have > 0) {
      req.header("Range", "bytes=" + have + "-");
    }
    final Handler handler = new Handler(have);
    final CompletableFuture<HttpResponse<Long>> cf = downloader.client().sendAsync(req.build(), handler);
    final HttpResponse<Long> resp = await(cf, handler);
    final int status = resp.statusCode();
    if (handler.writer != null) {
      return; // 200, or 206 starting where we asked: the body is in the .part
    }
    if (status == 206) {
      deleteQuietly(part);
      throw new CatalogueException(target, -1, "the server answered the resume request for " + url + " with '"
          + handler.contentRange + "' instead of bytes from " + have + "; the partial download was deleted",
          "run the fetch again");
    }
    if (status == 416 && have > 0) {
      final Matcher m = UNSATISFIED_RANGE.matcher(handler.contentRange);
      if (m.matches() && Long.parseLong(m.group(1)) == have) {
        listener.starting(url, target, have);
        return; // the .part already holds the whole file; verification decides whether it is good
      }
      deleteQuietly(part);
      new PartDownload(downloader, listener, url, part, target).run();
      return;
    }
    throw new CatalogueException(target, -1, "GET " + url + " answered HTTP " + status, status == 404
        ? "the file may have moved on the server; check the URL in the catalogue"
        : "run the fetch again later; if it persists check the URL in the catalogue");
  }

  private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> cf, Handler handler) {
    final long stallNanos = downloader.stallTimeout().toNanos();
    while (true) {
      try {
        return cf.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        final Writer w = handler.writer;
        if (w != null && System.nanoTime() - w.lastProgress > stallNanos) {
          w.abort();
          throw new CatalogueException(target, -1, "download of " + url + " stalled: no data for "
              + downloader.stallTimeout().toSeconds() + " s after " + sizeOrZero(part) + " bytes; the partial file "
              + part.getFileName() + " was kept", "run the same fetch again to resume it");
        }
      } catch (InterruptedException e) {
        final Writer w = handler.writer;
        if (w != null) {
          w.abort();
        }
        Thread.currentThread().interrupt();
        throw new CatalogueException(target, -1, "download of " + url + " was interrupted", "run the fetch again", e);
      } catch (ExecutionException e) {
        final Throwable cause = e.getCause() == null ? e : e.getCause();
        if (handler.writer != null) {
          throw new CatalogueException(target, -1, "download of " + url + " broke off after " + sizeOrZero(part)
              + " bytes (" + cause + "); the partial file " + part.getFileName() + " was kept",
              "run the same fetch again to resume it", cause);
        }
        final String what = cause instanceof HttpTimeoutException ? "no answer within "
            + downloader.stallTimeout().toSeconds() + " s" : String.valueOf(cause);
        throw new CatalogueException(target, -1, "cannot download " + url + ": " + what,
            "check the network (or the mirror URL) and run the fetch again", cause);
      }
    }
  }

  /** Chooses, from the status line, whether the body is written (appended or from scratch) or discarded. */
  private final class Handler implements HttpResponse.BodyHandler<Long> {
    private final long have;
    volatile Writer writer;
    volatile String contentRange = "";

    Handler(long have) {
      this.have = have;
    }

    @Override
    public HttpResponse.BodySubscriber<Long> apply(HttpResponse.ResponseInfo info) {
      final HttpHeaders h = info.headers();
      contentRange = h.firstValue("Content-Range").orElse("");
      final int status = info.statusCode();
      final boolean resumes = status == 206 && have > 0 && rangeStart(contentRange) == have;
      if (!resumes && status != 200) {
        return HttpResponse.BodySubscribers.replacing(-1L);
      }
      // 200 when we asked for a range means the server ignored it: start over rather than append.
      listener.starting(url, target, resumes ? have : 0);
      final Writer w = new Writer(part, resumes);
      writer = w;
      return w;
    }
  }

  private static long rangeStart(String contentRange) {
    final Matcher m = CONTENT_RANGE.matcher(contentRange);
    return m.matches() ? Long.parseLong(m.group(1)) : -1;
  }

  /** Writes body buffers to the .part as they arrive; remembers when data last came. */
  private static final class Writer implements HttpResponse.BodySubscriber<Long> {
    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final FileChannel channel;
    private volatile Flow.Subscription subscription;
    private volatile long lastProgress = System.nanoTime();
    private long written;

    Writer(Path part, boolean append) {
      try {
        channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + part, e);
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
      try {
        for (ByteBuffer b : items) {
          while (b.hasRemaining()) {
            written += channel.write(b);
          }
        }
      } catch (IOException e) {
        subscription.cancel();
        finish(e);
        return;
      }
      lastProgress = System.nanoTime();
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      finish(t);
    }

    @Override
    public void onComplete() {
      finish(null);
    }

    @Override
    public CompletionStage<Long> getBody() {
      return result;
    }

    void abort() {
      final Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      finish(new IOException("aborted"));
    }

    private synchronized void finish(Throwable error) {
      if (result.isDone()) {
        return;
      }
      try {
        channel.force(false);
        channel.close();
      } catch (IOException e) {
        if (error == null) {
          error = e;
        }
      }
      if (error == null) {
        result.complete(written);
      } else {
        result.completeExceptionally(error);
      }
    }
  }

  static long sizeOrZero(Path p) {
    try {
      return Files.exists(p) ? Files.size(p) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // Best effort: the caller is already reporting the real problem.
    }
  }
}
