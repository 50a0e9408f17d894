package dk.harness.core.match;

import java.util.Arrays;

/**
 * How a genotype may be laid onto haplotypes during a search (vcfeval's orientor role).
 */
interface Phasing {
  int haplotypes();

  /** Every allowed placement of {@code v}, in the order the search tries them. */
  Placement[] placements(ReplayVariant v, int index);

  /**
   * Diploid, phase ignored: a heterozygous call may sit either way round. Phasing is not scored, so phased
   * calls are treated like unphased ones.
   */
  Phasing DIPLOID = new Phasing() {
    @Override
    public int haplotypes() {
      return 2;
    }

    @Override
    public Placement[] placements(ReplayVariant v, int index) {
      final int a = v.genotype[0];
      final int b = v.genotype[1];
      if (a != b) {
        return new Placement[] {new Placement(v, index, a, b), new Placement(v, index, b, a)};
      }
      return new Placement[] {new Placement(v, index, a, a)};
    }

    @Override
    public String toString() {
      return "diploid";
    }
  };

  /**
   * Ploidy squashed to one haplotype: each distinct replayable ALT of the genotype on its own. Matching under
   * this phasing means the alleles agree while the genotypes do not (GA4GH allele match).
   */
  Phasing SQUASHED = new Phasing() {
    @Override
    public int haplotypes() {
      return 1;
    }

    @Override
    public Placement[] placements(ReplayVariant v, int index) {
      final int[] ids = v.genotype.clone();
      Arrays.sort(ids);
      final Placement[] out = new Placement[ids.length];
      int n = 0;
      int previous = 0;
      for (int id : ids) {
        if (id > previous && v.allele(id) != null) {
          out[n++] = new Placement(v, index, id);
          previous = id;
        }
      }
      return Arrays.copyOf(out, n);
    }

    @Override
    public String toString() {
      return "squashed";
    }
  };
}
