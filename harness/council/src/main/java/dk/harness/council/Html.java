package dk.harness.council;

/**
 * Appends HTML. Tags and attribute names are written as given (constants of this package); every text and
 * attribute value passes through {@link Text#html}. Not thread-safe.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(1 << 16);

  /** Appends markup written by this package (never untrusted text). */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Appends escaped text. */
  Html text(String s) {
    sb.append(Text.html(s));
    return this;
  }

  /** {@code <tag attr="value" ...>}: attrs as name, value pairs; a null value leaves the attribute out. */
  Html open(String tag, String... attrs) {
    sb.append('<').append(tag);
    for (int i = 0; i + 1 < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        sb.append(' ').append(attrs[i]).append("=\"").append(Text.html(attrs[i + 1])).append('"');
      }
    }
    sb.append('>');
    return this;
  }

  Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** {@code <tag attrs>text</tag>} with the text escaped. */
  Html el(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  Html nl() {
    sb.append('\n');
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
