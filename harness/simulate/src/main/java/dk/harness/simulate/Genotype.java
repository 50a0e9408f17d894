package dk.harness.simulate;

/** Diploid genotypes the simulator writes (unphased). */
enum Genotype {
  HET("0/1"), HOM("1/1"), HET_ALT("1/2");

  private final String text;

  Genotype(String text) {
    this.text = text;
  }

  /** The GT field. */
  String text() {
    return text;
  }
}
