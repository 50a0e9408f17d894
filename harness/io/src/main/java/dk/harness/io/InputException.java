package dk.harness.io;

import java.nio.file.Path;

/**
 * Bad user input (a file that cannot be used as given). The message is ONE line:
 * {@code <file>:<line>: <problem>. Fix: <fix>}; {@code :<line>} is omitted when the line is unknown (-1) and
 * {@code Fix: ...} when there is no fix. The CLI maps this to exit code 2.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;
  private final String problem;
  private final String fix;

  /**
   * @param file the offending file (may be null when no single file is to blame)
   * @param line 1-based line number in the (decompressed) file, or -1 if not applicable
   * @param problem what is wrong, without trailing period
   * @param fix what the user should do, or null
   */
  public InputException(Path file, long line, String problem, String fix) {
    this(file, line, problem, fix, null);
  }

  /** As {@link #InputException(Path, long, String, String)} with an underlying cause kept for debugging. */
  public InputException(Path file, long line, String problem, String fix, Throwable cause) {
    super(format(file, line, problem, fix), cause);
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }

  /** The offending file, or null. */
  public Path file() {
    return file;
  }

  /** 1-based line, or -1. */
  public long line() {
    return line;
  }

  public String problem() {
    return problem;
  }

  /** The suggested fix, or null. */
  public String fix() {
    return fix;
  }

  private static String format(Path file, long line, String problem, String fix) {
    final StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file);
      if (line >= 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    }
    sb.append(oneLine(problem));
    if (fix != null) {
      sb.append(". Fix: ").append(oneLine(fix));
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }
}
