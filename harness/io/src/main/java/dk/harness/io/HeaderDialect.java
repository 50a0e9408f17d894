package dk.harness.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads VCF header meta lines the way htslib does where htsjdk is stricter, so that header cosmetics never block
 * a benchmark: VCFv4.4/4.5 are presented as VCFv4.3 (htsjdk 4.2 stops there; the record syntax read is the
 * same), and each structured line ({@code ##INFO}, {@code ##FORMAT}, {@code ##FILTER}, {@code ##ALT},
 * {@code ##contig}) is checked, and where htsjdk would refuse it for something no count depends on, it is
 * rewritten to the form htsjdk takes, with a {@link DialectWarnings warning} per kind:
 * <ul>
 *   <li>FILTER and ALT lines keep only ID and Description (bcftools writes {@code Number=0,Type=Flag} on
 *       FILTER lines; htsjdk refuses any extra key there);</li>
 *   <li>an INFO/FORMAT Type the spec does not know becomes String, an invalid Number becomes {@code .} (htslib
 *       does the same);</li>
 *   <li>missing Descriptions, non-standard contig keys and repeated IDs are passed on unchanged and only
 *       warned about.</li>
 * </ul>
 * Lines that are not structured, or that cannot be parsed as {@code <key=value,...>}, are passed on as they are
 * (htsjdk then keeps them as plain meta lines or refuses them). It also notes INFO/FORMAT keys records use
 * without a declaration ({@link #checkRecord}). {@link #rewrite} is not thread-safe (one header read);
 * {@link #checkRecord} is.
 */
final class HeaderDialect {
  private static final Set<String> TYPES = Set.of("Integer", "Float", "Flag", "Character", "String");
  static final int RECORDS_CHECKED = 10_000;
  private static final Set<String> NEWER_VERSIONS = Set.of("##fileformat=VCFv4.4", "##fileformat=VCFv4.5");
  private static final Set<String> CONTIG_KEYS = Set.of("ID", "length", "assembly", "md5", "species", "taxonomy",
      "URL", "IDX");

  private final DialectWarnings warnings;
  private final Set<String> declared = new HashSet<>();
  private final Set<String> info = new HashSet<>();
  private final Set<String> format = new HashSet<>();
  private final Set<String> undeclared = new HashSet<>();
  private volatile int recordsChecked;

  HeaderDialect(DialectWarnings warnings) {
    this.warnings = warnings;
  }

  /** Whether {@link #checkRecord} still wants records (a cheap test, so lines are decoded only then). */
  boolean checksRecords() {
    return recordsChecked < RECORDS_CHECKED;
  }

  /**
   * Notes INFO and FORMAT keys the header does not declare, on the first {@value #RECORDS_CHECKED} records read
   * (a file that declares its keys does so for all of them; checking every record would cost the fast reader
   * its speed). Call after the header is read. Thread-safe.
   */
  synchronized void checkRecord(String line, long lineNo) {
    if (recordsChecked >= RECORDS_CHECKED) {
      return;
    }
    recordsChecked++;
    final String[] cols = line.split("\t", 10);
    if (cols.length < 8) {
      return;
    }
    final String where = cols[0] + ":" + cols[1];
    if (!cols[7].equals(".")) {
      for (String kv : cols[7].split(";")) {
        final int eq = kv.indexOf('=');
        final String k = eq < 0 ? kv : kv.substring(0, eq);
        if (!k.isEmpty() && !info.contains(k) && undeclared.add("INFO\t" + k)) {
          warnings.note(DialectWarnings.Kind.UNDECLARED_INFO, lineNo, k + " at " + where);
        }
      }
    }
    if (cols.length >= 9) {
      for (String k : cols[8].split(":")) {
        if (!k.isEmpty() && !format.contains(k) && undeclared.add("FORMAT\t" + k)) {
          warnings.note(DialectWarnings.Kind.UNDECLARED_FORMAT, lineNo, k + " at " + where);
        }
      }
    }
  }

  /** The line as htsjdk should see it (often the same object). */
  String rewrite(String line, long lineNo) {
    if (lineNo == 1 && NEWER_VERSIONS.contains(line.strip())) {
      // htsjdk 4.2 stops at VCFv4.3; the record syntax this reader relies on is unchanged in 4.4/4.5.
      return "##fileformat=VCFv4.3";
    }
    final int eq = line.indexOf("=<");
    if (!line.startsWith("##") || eq < 0) {
      return line;
    }
    final String key = line.substring(2, eq);
    if (!Set.of("INFO", "FORMAT", "FILTER", "ALT", "contig").contains(key)) {
      return line;
    }
    if (unclosedQuote(line, eq + 2)) {
      // htslib warns that it cannot parse the line and reads on without it; htsjdk would refuse the whole file.
      warnings.note(DialectWarnings.Kind.UNPARSABLE, lineNo,
          line.length() > 60 ? line.substring(0, 60) + "..." : line);
      return "##harness_ignored_header_line=" + lineNo;
    }
    if (!line.endsWith(">")) {
      return line;
    }
    final Map<String, String> fields = parse(line.substring(eq + 2, line.length() - 1));
    if (fields == null || !fields.containsKey("ID")) {
      return line;
    }
    final String id = fields.get("ID");
    if (!declared.add(key + "\t" + id)) {
      warnings.note(DialectWarnings.Kind.DUPLICATE, lineNo, key + " " + id);
    }
    switch (key) {
      case "INFO", "FORMAT" -> {
        (key.equals("INFO") ? info : format).add(id);
        return infoOrFormat(key, id, fields, line, lineNo);
      }
      case "FILTER", "ALT" -> {
        if (!fields.containsKey("Description")) {
          warnings.note(DialectWarnings.Kind.NO_DESCRIPTION, lineNo, key + " " + id);
        }
        final List<String> extra = new ArrayList<>(fields.keySet());
        extra.removeAll(List.of("ID", "Description"));
        if (extra.isEmpty()) {
          return line;
        }
        warnings.note(key.equals("FILTER") ? DialectWarnings.Kind.FILTER_KEYS : DialectWarnings.Kind.ALT_KEYS, lineNo,
            key + " " + id + " has " + String.join(", ", extra));
        return "##" + key + "=<ID=" + id + (fields.containsKey("Description")
            ? ",Description=\"" + fields.get("Description") + "\"" : "") + ">";
      }
      default -> {
        for (String k : fields.keySet()) {
          if (!CONTIG_KEYS.contains(k)) {
            warnings.note(DialectWarnings.Kind.CONTIG_KEYS, lineNo, "contig " + id + " has " + k);
            break;
          }
        }
        return line;
      }
    }
  }

  /** Whether the text from {@code from} on has a quote that is opened and never closed (escapes respected). */
  private static boolean unclosedQuote(String line, int from) {
    boolean open = false;
    for (int i = from; i < line.length(); i++) {
      final char c = line.charAt(i);
      if (open && c == '\\') {
        i++;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  private String infoOrFormat(String key, String id, Map<String, String> fields, String line, long lineNo) {
    if (!fields.containsKey("Description")) {
      warnings.note(DialectWarnings.Kind.NO_DESCRIPTION, lineNo, key + " " + id);
    }
    boolean changed = false;
    final String type = fields.get("Type");
    if (type != null && !TYPES.contains(type)) {
      warnings.note(DialectWarnings.Kind.BAD_TYPE, lineNo, key + " " + id + " has Type=" + type);
      fields.put("Type", "String");
      changed = true;
    }
    final String number = fields.get("Number");
    if (number != null && !validNumber(number)) {
      warnings.note(DialectWarnings.Kind.BAD_NUMBER, lineNo, key + " " + id + " has Number=" + number);
      fields.put("Number", ".");
      changed = true;
    }
    if (!changed) {
      return line;
    }
    final StringBuilder sb = new StringBuilder("##").append(key).append("=<");
    boolean first = true;
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      final boolean quote = e.getKey().equals("Description") || e.getKey().equals("Source")
          || e.getKey().equals("Version");
      sb.append(e.getKey()).append('=').append(quote ? "\"" + e.getValue() + "\"" : e.getValue());
    }
    return sb.append('>').toString();
  }

  private static boolean validNumber(String n) {
    if (n.equals("A") || n.equals("R") || n.equals("G") || n.equals(".")) {
      return true;
    }
    if (n.isEmpty() || n.length() > 9) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code k=v,k="quoted, \"text\"",...} into an ordered map (quotes removed, escapes kept as written), or null
   * if it is not of that form.
   */
  static Map<String, String> parse(String body) {
    final Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    final int n = body.length();
    while (i < n) {
      final int eq = body.indexOf('=', i);
      if (eq < 0) {
        return null;
      }
      final String k = body.substring(i, eq).strip();
      int j = eq + 1;
      final String v;
      if (j < n && body.charAt(j) == '"') {
        final StringBuilder sb = new StringBuilder();
        j++;
        while (j < n && body.charAt(j) != '"') {
          if (body.charAt(j) == '\\' && j + 1 < n) {
            sb.append(body.charAt(j)).append(body.charAt(j + 1));
            j += 2;
          } else {
            sb.append(body.charAt(j++));
          }
        }
        if (j >= n) {
          return null;
        }
        v = sb.toString();
        j++;
        while (j < n && body.charAt(j) != ',') {
          j++;
        }
      } else {
        int depth = 0;
        final int s = j;
        while (j < n && (body.charAt(j) != ',' || depth > 0)) {
          if (body.charAt(j) == '[') {
            depth++;
          } else if (body.charAt(j) == ']') {
            depth--;
          }
          j++;
        }
        v = body.substring(s, j);
      }
      if (k.isEmpty() || out.containsKey(k)) {
        return null;
      }
      out.put(k, v);
      i = j + 1;
    }
    return out;
  }
}
