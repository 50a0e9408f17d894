package dk.harness.core.sv;



/**
 * Decides whether a call inside the regions takes part in matching (Truvari's {@code filter_call} and
 * {@code filter_size}, in that order), and resolves symbolic calls from the reference. Stateless apart from its
 * configuration.
 */
final class CallFilter {
  private final SvConfig config;
  private final SvReference reference;

  CallFilter(SvConfig config, SvReference reference) {
    this.config = config;
    this.reference = reference;
  }

  /**
   * Why the call takes no part, or null when it does.
   *
   * @throws MultiAllelicRecordException for a record with more than one ALT (Truvari refuses them)
   */
  String exclusionReason(SvVariant v, boolean truthSide) {
    final SvRecord r = v.record();
    if (v.isMonrefStar()) {
      return "no ALT allele";
    }
    if (r.alts().size() > 1) {
      throw new MultiAllelicRecordException(r, truthSide);
    }
    if (config.passonly() && !r.passes()) {
      return "FILTER not PASS";
    }
    if (config.noRef().applies(truthSide) || config.pick() == SvConfig.Pick.AC) {
      if (r.genotype() == null || !r.genotype().hasAltOne()) {
        return "genotype without ALT allele";
      }
    }
    if (v.isSingleBreakend()) {
      return "single breakend";
    }
    if (v.isBreakend()) {
      return config.bnddist() == -1 ? "breakend with bnddist -1" : null;
    }
    final int size = v.size();
    if (config.sizemax() != -1 && size > config.sizemax()) {
      return "larger than sizemax";
    }
    if (truthSide ? size < config.sizemin() : size < config.sizefilt()) {
      return truthSide ? "smaller than sizemin" : "smaller than sizefilt";
    }
    return null;
  }

  /** The call with sequence from the reference when it is symbolic and resolvable, else the call itself. */
  SvVariant resolve(SvVariant v) {
    if (reference == null || !v.isSymbolic() || v.isMonrefStar()) {
      return v;
    }
    final long length = reference.length(v.contig());
    if (length < 0 || v.start() > length || v.size() > config.maxResolve()) {
      return v;
    }
    final String seq = reference.bases(v.contig(), v.start(), v.end());
    if (seq.isEmpty()) {
      return v;
    }
    return switch (v.type()) {
      case DEL -> v.resolved(seq, seq.substring(0, 1), v.end());
      case INV -> v.resolved(seq, reverseComplement(seq), v.end());
      case DUP -> config.dupToIns() ? v.resolved(seq.substring(0, 1), seq, v.start() + 1) : v;
      default -> v;
    };
  }

  /** Truvari's complement maps upper-case A, C, G, T only; anything else (lower case, N) stays as it is. */
  static String reverseComplement(String s) {
    final StringBuilder sb = new StringBuilder(s.length());
    for (int i = s.length() - 1; i >= 0; i--) {
      final char c = s.charAt(i);
      sb.append(switch (c) {
        case 'A' -> 'T';
        case 'T' -> 'A';
        case 'C' -> 'G';
        case 'G' -> 'C';
        default -> c;
      });
    }
    return sb.toString();
  }

}
