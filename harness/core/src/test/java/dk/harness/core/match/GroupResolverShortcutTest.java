package dk.harness.core.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.ReferenceSequence;
import dk.harness.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The identical-pair shortcut must decide exactly what the full search decides. */
class GroupResolverShortcutTest {
  private static final String[] GENOTYPES = {"0/1", "1/0", "1/1", "1/2", "2/1", "0/2", "2/2", "1|0", "0|1"};

  @Test
  void shortcutAgreesWithFullSearch() {
    final Random random = new Random(5);
    final GroupResolver fast = new GroupResolver(50_000, 10_000_000, true);
    final GroupResolver full = new GroupResolver(50_000, 10_000_000, false);
    int shortcutTaken = 0;
    for (int round = 0; round < 2_000; round++) {
      final StringBuilder ref = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        ref.append("ACGT".charAt(random.nextInt(4)));
      }
      final ReferenceSequence reference = ReferenceSequence.of(ref.toString().getBytes(StandardCharsets.US_ASCII));
      final int pos = random.nextInt(3) == 0 ? random.nextInt(2) : 2 + random.nextInt(30);
      final String refAllele = ref.substring(pos, pos + 1 + random.nextInt(3));
      final String[] alts = {refAllele.charAt(0) + "T", refAllele.charAt(0) + "", mutate(refAllele, random)};
      final String a1 = alts[random.nextInt(alts.length)];
      String a2 = alts[random.nextInt(alts.length)];
      if (a2.equals(a1) || a1.equals(refAllele) || a2.equals(refAllele)) {
        continue;
      }
      final String gt = GENOTYPES[random.nextInt(GENOTYPES.length)];
      final Variant truth = variant(pos, refAllele, new String[] {a1, a2}, gt);
      // The query lists the ALTs the other way round and its genotype is the same call written differently.
      final Variant query = variant(pos, refAllele, new String[] {a2, a1}, swapIndices(gt, random.nextBoolean()));
      final Template template = new Template(reference);
      final Group g = new Group(0, new ReplayVariant[] {ReplayVariant.of(0, truth)},
          new ReplayVariant[] {ReplayVariant.of(0, query)}, pos, pos + refAllele.length(), template);
      final GroupResult x = fast.resolve(g, MostVariantsMatched.Prior.NONE, MostVariantsMatched.Prior.NONE);
      final GroupResult y = full.resolve(g, MostVariantsMatched.Prior.NONE, MostVariantsMatched.Prior.NONE);
      assertArrayEquals(y.truthLevel, x.truthLevel, "round " + round);
      assertArrayEquals(y.queryLevel, x.queryLevel, "round " + round);
      assertArrayEquals(y.truthBlock, x.truthBlock, "round " + round);
      assertArrayEquals(y.queryBlock, x.queryBlock, "round " + round);
      if (y.truthLevel[0] == dk.harness.core.MatchLevel.GM) {
        assertEquals(y.lastTruthAlleleId, x.lastTruthAlleleId, "round " + round + " " + truth + " vs " + query);
        assertEquals(false, y.priorConsulted, "round " + round);
        shortcutTaken++;
      }
    }
    assertTrue(shortcutTaken > 500, "the shortcut was exercised " + shortcutTaken + " times");
  }

  private static String mutate(String ref, Random random) {
    final char[] c = ref.toCharArray();
    final int i = c.length == 1 ? 0 : 1 + random.nextInt(c.length - 1);
    c[i] = c[i] == 'A' ? 'G' : 'A';
    return new String(c);
  }

  /** The same genotype with ALT indices 1 and 2 exchanged, optionally written in the other order. */
  private static String swapIndices(String gt, boolean reverse) {
    final String sep = gt.contains("|") ? "|" : "/";
    final String[] parts = gt.split("[/|]");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].equals("1") ? "2" : parts[i].equals("2") ? "1" : parts[i];
    }
    return reverse ? parts[1] + sep + parts[0] : parts[0] + sep + parts[1];
  }

  private static Variant variant(int pos, String ref, String[] alts, String gt) {
    final byte[][] alleles = new byte[alts.length + 1][];
    alleles[0] = ref.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < alts.length; i++) {
      alleles[i + 1] = alts[i].getBytes(StandardCharsets.US_ASCII);
    }
    final String[] parts = gt.split("[/|]");
    return new Variant(0, pos, alleles, new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])},
        gt.contains("|"), true, Double.NaN);
  }
}
