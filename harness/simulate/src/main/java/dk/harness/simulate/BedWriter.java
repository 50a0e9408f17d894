package dk.harness.simulate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams a BED file of sorted intervals, merging intervals that touch or overlap (so intervals generated per
 * block join up across block edges). Counts the bases covered. Not thread-safe.
 */
final class BedWriter implements Closeable {
  private final BufferedWriter out;
  private String contig;
  private long start = -1;
  private long end = -1;
  private long bases;

  BedWriter(Path path) throws IOException {
    this.out = Files.newBufferedWriter(path, StandardCharsets.US_ASCII);
  }

  /** Adds [from, to) on {@code name}; intervals must come sorted by contig (in write order) then start. */
  void add(String name, long from, long to) throws IOException {
    if (from >= to) {
      return;
    }
    if (name.equals(contig) && from <= end) {
      end = Math.max(end, to);
      return;
    }
    flush();
    contig = name;
    start = from;
    end = to;
  }

  private void flush() throws IOException {
    if (contig != null && start >= 0) {
      out.write(contig + "\t" + start + "\t" + end + "\n");
      bases += end - start;
      start = -1;
    }
  }

  /** Bases covered so far by flushed intervals (all of them after {@link #close()}). */
  long bases() {
    return bases;
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      out.close();
    }
  }
}
