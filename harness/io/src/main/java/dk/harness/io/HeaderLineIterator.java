package dk.harness.io;

import htsjdk.tribble.readers.LineIterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Replays stored VCF header lines to a fresh htsjdk codec ({@code VCFCodec.readActualHeader}). Not thread-safe. */
public final class HeaderLineIterator implements LineIterator {
  private final List<String> lines;
  private int i;

  public HeaderLineIterator(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  @Override
  public String peek() {
    return i < lines.size() ? lines.get(i) : null;
  }

  @Override
  public boolean hasNext() {
    return i < lines.size();
  }

  @Override
  public String next() {
    if (i >= lines.size()) {
      throw new NoSuchElementException();
    }
    return lines.get(i++);
  }
}
