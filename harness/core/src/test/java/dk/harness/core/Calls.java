package dk.harness.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds variants from compact VCF-like lines: {@code "POS REF ALT GT [FILTERED]"}, POS 1-based. */
final class Calls {
  private Calls() {
  }

  static List<Variant> of(String... lines) {
    final List<Variant> out = new ArrayList<>();
    for (String line : lines) {
      final String[] f = line.trim().split("\\s+");
      final String[] alts = f[2].split(",");
      final byte[][] alleles = new byte[alts.length + 1][];
      alleles[0] = f[1].getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < alts.length; i++) {
        alleles[i + 1] = alts[i].equals("*") || alts[i].startsWith("<") ? null : alts[i].getBytes(StandardCharsets.US_ASCII);
      }
      final String[] gt = f[3].split("[/|]");
      final int[] g = new int[gt.length];
      for (int i = 0; i < gt.length; i++) {
        g[i] = gt[i].equals(".") ? -1 : Integer.parseInt(gt[i]);
      }
      final boolean pass = f.length < 5;
      out.add(new Variant(out.size(), Integer.parseInt(f[0]) - 1, alleles, g, f[3].contains("|"), pass, Double.NaN));
    }
    return out;
  }

  static ReferenceSequence ref(String bases) {
    return ReferenceSequence.of(bases.getBytes(StandardCharsets.US_ASCII));
  }
}
