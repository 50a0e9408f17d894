package dk.harness.core.sv;

/**
 * Everything that steers an SV comparison, with Truvari 5.4 {@code bench}'s meaning and defaults. Immutable.
 *
 * @param refdist max distance between the two calls' spans ({@code --refdist}, 500)
 * @param pctseq min sequence similarity of sequence-resolved alleles; 0 switches the check off ({@code --pctseq}, 0.7)
 * @param pctsize min size similarity, min(size)/max(size) ({@code --pctsize}, 0.7)
 * @param pctovl min reciprocal overlap, insertions widened by half their size each side ({@code --pctovl}, 0)
 * @param typeignore match calls of different types ({@code --typeignore}, off)
 * @param dupToIns treat DUP as INS when comparing types ({@code --dup-to-ins}, off)
 * @param bnddist max distance between breakend positions; -1 drops all breakends ({@code --bnddist}, 100)
 * @param decompose split DEL/DUP/INV into breakends to compare them with BND calls ({@code --no-decompose} turns
 *     it off; on)
 * @param sizemin min size of a truth call, and of an unmatched query call to be counted as FP ({@code --sizemin}, 50)
 * @param sizefilt min size of a query call to take part in matching ({@code --sizefilt}, 30)
 * @param sizemax max size of any call; -1 for no limit ({@code --sizemax}, 50000)
 * @param passonly only FILTER PASS or '.' records take part ({@code --passonly}, off)
 * @param noRef drop calls whose sample genotype carries no ALT allele 1 ({@code --no-ref}, off)
 * @param pick how many matches a call may take part in ({@code --pick}, single)
 * @param chunksize gap that separates independent chunks of calls; must be at least refdist ({@code --chunksize},
 *     1000)
 * @param noRoll compare sequences without the rolling/unrolling of tandem-repeat-shifted alleles ({@code --no-roll},
 *     off)
 * @param maxResolve largest symbolic call turned into sequence from the reference ({@code --max-resolve}, 25000)
 * @param extend bases by which the include regions are widened for query calls ({@code --extend}, 0)
 * @param typeFromAlleles when INFO/SVTYPE is present but empty ('.'), type the call from its alleles (on, the
 *     harness's rule) instead of calling it UNK (off, Truvari's behaviour)
 */
public record SvConfig(int refdist, double pctseq, double pctsize, double pctovl, boolean typeignore, boolean dupToIns,
    int bnddist, boolean decompose, int sizemin, int sizefilt, int sizemax, boolean passonly, NoRef noRef, Pick pick,
    int chunksize, boolean noRoll, int maxResolve, int extend, boolean typeFromAlleles) {

  /** {@code --pick}: single (each call in at most one match), ac (up to its allele count), multi (any number). */
  public enum Pick { SINGLE, AC, MULTI }

  /** {@code --no-ref}: which side drops calls without an ALT allele in the sample's genotype. */
  public enum NoRef {
    NONE, ALL, BASE, COMP;

    boolean applies(boolean truthSide) {
      return this == ALL || (truthSide ? this == BASE : this == COMP);
    }
  }

  public SvConfig {
    if (refdist < 0 || chunksize < 0 || sizemin < 0 || sizefilt < 0 || extend < 0) {
      throw new IllegalArgumentException("refdist, chunksize, sizemin, sizefilt and extend must not be negative");
    }
    if (chunksize < refdist) {
      throw new IllegalArgumentException("chunksize (" + chunksize + ") must be at least refdist (" + refdist + ")");
    }
    for (double p : new double[] {pctseq, pctsize, pctovl}) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("pctseq, pctsize and pctovl must be between 0 and 1");
      }
    }
    if (noRef == null || pick == null) {
      throw new IllegalArgumentException("noRef and pick are required");
    }
  }

  /** Truvari 5.4's defaults (and the harness's SVTYPE='.' rule). */
  public static SvConfig defaults() {
    return new SvConfig(500, 0.7, 0.7, 0.0, false, false, 100, true, 50, 30, 50_000, false, NoRef.NONE, Pick.SINGLE,
        1000, false, 25_000, 0, true);
  }

  /**
   * Truvari's rule for an unset {@code --sizefilt}: the default 30, or {@code sizemin} when that is lower, so that
   * {@code --sizemin 1} alone also lets 1 bp query calls match.
   */
  public static int defaultSizefilt(int sizemin) {
    return Math.min(30, sizemin);
  }

  public SvConfig withRefdist(int v) {
    return new SvConfig(v, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, Math.max(chunksize, v), noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withPctseq(double v) {
    return new SvConfig(refdist, v, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withPctovl(double v) {
    return new SvConfig(refdist, pctseq, pctsize, v, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withPctsize(double v) {
    return new SvConfig(refdist, pctseq, v, pctovl, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withTypeignore(boolean v) {
    return new SvConfig(refdist, pctseq, pctsize, pctovl, v, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withDupToIns(boolean v) {
    return new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, v, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withPassonly(boolean v) {
    return new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, v, noRef, pick, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withPick(Pick v) {
    return new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, v, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withSizes(int min, int filt, int max) {
    return new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose, min, filt, max,
        passonly, noRef, pick, chunksize, noRoll, maxResolve, extend, typeFromAlleles);
  }

  public SvConfig withExtend(int v) {
    return new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, chunksize, noRoll, maxResolve, v, typeFromAlleles);
  }

  public SvConfig withTypeFromAlleles(boolean v) {
    return new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose, sizemin, sizefilt,
        sizemax, passonly, noRef, pick, chunksize, noRoll, maxResolve, extend, v);
  }
}
