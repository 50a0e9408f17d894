package dk.harness.core.match;

/**
 * Nucleotide codes used during replay: N=0, A=1, C=2, G=3, T=4. Anything that is not A, C, G or T (IUPAC
 * ambiguity codes included) is N, and N equals N when haplotypes are compared, as in vcfeval. The numeric
 * order matters: ties between equivalent search states are broken on it.
 */
final class Bases {
  static final byte N = 0;

  private Bases() {
  }

  static byte code(byte ascii) {
    switch (ascii) {
      case 'A':
      case 'a':
        return 1;
      case 'C':
      case 'c':
        return 2;
      case 'G':
      case 'g':
        return 3;
      case 'T':
      case 't':
        return 4;
      default:
        return N;
    }
  }

  static byte[] codes(byte[] ascii, int from, int to) {
    final byte[] out = new byte[Math.max(0, to - from)];
    for (int i = 0; i < out.length; i++) {
      out[i] = code(ascii[from + i]);
    }
    return out;
  }
}
