package dk.harness.core.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable singly linked list that grows at the head, so that search paths branching from a common ancestor
 * share its history.
 */
final class Chain<T> {
  final T value;
  final Chain<T> next;
  final int size;

  Chain(T value, Chain<T> next) {
    this.value = value;
    this.next = next;
    this.size = next == null ? 1 : next.size + 1;
  }

  static int size(Chain<?> c) {
    return c == null ? 0 : c.size;
  }

  /** Oldest first. */
  static <T> List<T> toList(Chain<T> c) {
    final List<T> out = new ArrayList<>(size(c));
    for (Chain<T> n = c; n != null; n = n.next) {
      out.add(n.value);
    }
    Collections.reverse(out);
    return out;
  }
}
