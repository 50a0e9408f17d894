package dk.harness.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One result of the intake preflight. Immutable.
 *
 * @param severity how bad it is
 * @param code a stable machine-readable code such as {@code CONTIG_RENAME} or {@code REF_MISMATCH}; the codes are
 *     listed in docs/intake.md
 * @param file the file it is about, or null when no single file is to blame
 * @param line 1-based line of the (decompressed) file, or -1 when not about one line
 * @param message what was found, one line, no trailing period
 * @param fix what the submitter should do, one line, or null
 */
public record Finding(Severity severity, String code, Path file, long line, String message, String fix) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The finding as one line: {@code SEVERITY code file:line: message (fix: ...)}; {@code :line} is left out when
   * the line is -1, {@code file:line: } when there is no file, and {@code (fix: ...)} when there is no fix.
   */
  public String format() {
    final StringBuilder sb = new StringBuilder();
    sb.append(severity.name()).append(' ').append(code).append(' ');
    if (file != null) {
      sb.append(file);
      if (line >= 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    }
    sb.append(oneLine(message));
    if (fix != null) {
      sb.append(" (fix: ").append(oneLine(fix)).append(')');
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }
}
