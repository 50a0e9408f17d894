package dk.harness.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ##CL=vcfeval ...} header line vcfeval writes into its output VCFs: read so an oracle test runs
 * exactly the comparison vcfeval ran (same inputs, {@code -e} BED, {@code --region}, sample, score field), rather
 * than restating the options by hand. Immutable.
 *
 * @param args the arguments after {@code vcfeval}
 */
public record VcfevalCommandLine(List<String> args) {
  public VcfevalCommandLine {
    args = List.copyOf(args);
  }

  /** Reads the {@code ##CL} line of a vcfeval output VCF (plain or gzip). */
  public static VcfevalCommandLine fromOutputVcf(Path vcf) {
    try (java.io.BufferedReader r = TinyVcf.open(vcf)) {
      for (String line = r.readLine(); line != null && line.startsWith("##"); line = r.readLine()) {
        if (line.startsWith("##CL=vcfeval ")) {
          return new VcfevalCommandLine(List.of(line.substring("##CL=vcfeval ".length()).trim().split("\\s+")));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + vcf, e);
    }
    throw new IllegalArgumentException(vcf + ": no ##CL=vcfeval header line");
  }

  /** The value of an option ({@code -e x}, {@code --region=x} or {@code --region x}), or null if absent. */
  public String value(String... names) {
    for (int i = 0; i < args.size(); i++) {
      for (String n : names) {
        if (args.get(i).equals(n) && i + 1 < args.size()) {
          return args.get(i + 1);
        }
        if (args.get(i).startsWith(n + "=")) {
          return args.get(i).substring(n.length() + 1);
        }
      }
    }
    return null;
  }

  /** Whether a flag is present. */
  public boolean has(String flag) {
    return args.contains(flag);
  }

  /** Every option name used (tokens starting with {@code -}). */
  public List<String> optionNames() {
    final List<String> out = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("-")) {
        out.add(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
      }
    }
    return out;
  }
}
