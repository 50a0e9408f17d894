package dk.harness.crosscheck;

import dk.harness.core.RegionSet;
import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.Genotype;
import htsjdk.variant.variantcontext.GenotypeBuilder;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.variantcontext.VariantContextBuilder;
import htsjdk.variant.variantcontext.writer.Options;
import htsjdk.variant.variantcontext.writer.VariantContextWriter;
import htsjdk.variant.variantcontext.writer.VariantContextWriterBuilder;
import htsjdk.variant.vcf.VCFFileReader;
import htsjdk.variant.vcf.VCFFormatHeaderLine;
import htsjdk.variant.vcf.VCFHeader;
import htsjdk.variant.vcf.VCFHeaderLine;
import htsjdk.variant.vcf.VCFHeaderLineType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.broadinstitute.hellbender.utils.variant.GATKVariantContextUtils;

/**
 * Turns a VCF into the biallelic, right-trimmed records the harness's site-level rules compare, using htsjdk and
 * GATK's own trimming ({@link GATKVariantContextUtils#trimAlleles} with forward trimming off), so GATK and Picard
 * can be handed inputs on which their rules and the harness's coincide. Each step is one documented rule
 * difference (docs/site-level.md); {@link Effects} counts how many records each touched.
 */
final class SplitSites {

  /**
   * One ALT of one record as a biallelic, right-trimmed record.
   *
   * @param vc the biallelic record; its only genotype carries ALT where the original genotype carried this ALT,
   *     REF for REF and every other ALT, no-call for no-call
   * @param called whether the genotype carries the ALT
   * @param filtered whether the original record fails FILTER or the sample's FT (the harness's PASS rule)
   * @param multiAllelic whether the original record had more than one ALT
   * @param trimmed whether trimming changed REF/ALT
   */
  record Site(VariantContext vc, boolean called, boolean filtered, boolean multiAllelic, boolean trimmed) {
    String contig() {
      return vc.getContig();
    }

    int pos() {
      return vc.getStart();
    }

    String key() {
      return vc.getStart() + ":" + vc.getReference().getBaseString() + ">" + vc.getAlternateAllele(0).getBaseString();
    }

    /** 0-based start of the changed span, by vcfeval's padding rule (the harness's confident-region test). */
    int spanStart() {
      final byte[] r = vc.getReference().getBases();
      final byte[] a = vc.getAlternateAllele(0).getBases();
      return vc.getStart() - 1 + (r[0] == a[0] ? 1 : 0);
    }

    int end() {
      return vc.getStart() - 1 + vc.getReference().length();
    }

    boolean mnp() {
      final int r = vc.getReference().length();
      return r > 1 && r == vc.getAlternateAllele(0).length();
    }
  }

  /** What the normalisation did to one file. */
  static final class Effects {
    long records;
    long multiAllelicRecords;
    long unreplayableAlts;
    long trimmedSites;
    long uncalledSites;
    long filteredRecords;

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%d records, %d multi-allelic, %d symbolic/* ALTs dropped, "
          + "%d sites right-trimmed, %d sites not called by the genotype, %d filtered records", records,
          multiAllelicRecords, unreplayableAlts, trimmedSites, uncalledSites, filteredRecords);
    }
  }

  private SplitSites() {
  }

  /** Reads and splits every record of the file's only sample. */
  static List<Site> read(Path vcf, Effects effects) {
    final List<Site> out = new ArrayList<>();
    try (VCFFileReader reader = new VCFFileReader(vcf, false)) {
      final String sample = reader.getFileHeader().getGenotypeSamples().get(0);
      for (VariantContext vc : reader) {
        effects.records++;
        final Genotype g = vc.getGenotype(sample);
        final String ft = g.getFilters();
        final boolean filtered = vc.isFiltered() || ft != null && !ft.equals("PASS") && !ft.equals(".");
        effects.filteredRecords += filtered ? 1 : 0;
        final boolean multi = vc.getAlternateAlleles().size() > 1;
        effects.multiAllelicRecords += multi ? 1 : 0;
        for (Allele alt : vc.getAlternateAlleles()) {
          if (alt.isSymbolic() || alt.equals(Allele.SPAN_DEL) || alt.basesMatch(vc.getReference())) {
            effects.unreplayableAlts++;
            continue;
          }
          final List<Allele> gt = new ArrayList<>();
          boolean called = false;
          for (Allele a : g.getAlleles()) {
            if (a.isNoCall()) {
              gt.add(Allele.NO_CALL);
            } else if (a.equals(alt)) {
              gt.add(alt);
              called = true;
            } else {
              gt.add(vc.getReference());
            }
          }
          final VariantContext bi = new VariantContextBuilder(vc.getSource(), vc.getContig(), vc.getStart(),
              vc.getEnd(), List.of(vc.getReference(), alt)).genotypes(new GenotypeBuilder(sample, gt).make())
              .passFilters().make();
          final VariantContext trimmed = GATKVariantContextUtils.trimAlleles(bi, false, true);
          final boolean wasTrimmed = trimmed.getReference().length() != vc.getReference().length();
          effects.trimmedSites += wasTrimmed ? 1 : 0;
          effects.uncalledSites += called ? 0 : 1;
          out.add(new Site(trimmed, called, filtered, multi, wasTrimmed));
        }
      }
    }
    return out;
  }

  /** Keeps the sites passing {@code keep} whose span overlaps the confident regions (the harness's rule). */
  static List<Site> select(List<Site> sites, RegionSet confident, Predicate<Site> keep) {
    final List<Site> out = new ArrayList<>();
    for (Site s : sites) {
      if (keep.test(s) && (confident == null || confident.overlaps(s.contig(), s.spanStart(), s.end()))) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Orders the records of each position so that the sites both sides share come first (by key), then the rest (by
   * key). GATK's Concordance pairs records at one position greedily in file order and, on a mismatch, moves on in
   * the truth only; Picard pairs them in file order whatever their alleles. In this order both pair every shared
   * site with its partner, as the harness does. Returns the number of positions where either side has two or more
   * sites (where the order matters).
   */
  static int orderSharedFirst(List<Site> truth, List<Site> query) {
    final Map<String, List<Site>> t = byPosition(truth);
    final Map<String, List<Site>> q = byPosition(query);
    int multi = 0;
    for (Map.Entry<String, List<Site>> e : t.entrySet()) {
      final List<Site> other = q.get(e.getKey());
      if (e.getValue().size() > 1 || other != null && other.size() > 1) {
        multi++;
      }
    }
    for (Map.Entry<String, List<Site>> e : q.entrySet()) {
      if (!t.containsKey(e.getKey()) && e.getValue().size() > 1) {
        multi++;
      }
    }
    sortSharedFirst(truth, t, q);
    sortSharedFirst(query, q, t);
    return multi;
  }

  private static void sortSharedFirst(List<Site> sites, Map<String, List<Site>> mine, Map<String, List<Site>> other) {
    final List<Site> out = new ArrayList<>(sites.size());
    for (Map.Entry<String, List<Site>> e : mine.entrySet()) {
      final Map<String, Integer> available = new HashMap<>();
      for (Site s : other.getOrDefault(e.getKey(), List.of())) {
        available.merge(s.key(), 1, Integer::sum);
      }
      final List<Site> shared = new ArrayList<>();
      final List<Site> rest = new ArrayList<>();
      for (Site s : e.getValue()) {
        final Integer n = available.get(s.key());
        if (n != null && n > 0) {
          available.put(s.key(), n - 1);
          shared.add(s);
        } else {
          rest.add(s);
        }
      }
      shared.sort(Comparator.comparing(Site::key));
      rest.sort(Comparator.comparing(Site::key));
      out.addAll(shared);
      out.addAll(rest);
    }
    sites.clear();
    sites.addAll(out);
  }

  /** Sites grouped by contig and position, in file order. */
  static Map<String, List<Site>> byPosition(List<Site> sites) {
    final Map<String, List<Site>> out = new LinkedHashMap<>();
    for (Site s : sites) {
      out.computeIfAbsent(s.contig() + ":" + s.pos(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  /**
   * Positions where both sides have a site the other lacks: GATK handles them through the shared-first order,
   * but Picard would pair the two leftovers with each other (as a HET_REF_VAR2-style call state, or not at all when
   * one is a SNP and the other an indel), while the harness keeps them apart. Also positions with an MNP, which
   * Picard leaves out of its table, and with a genotype that is not diploid, which Picard rejects.
   */
  static Set<String> picardIncomparable(List<Site> truth, List<Site> query) {
    final Map<String, List<Site>> t = byPosition(truth);
    final Map<String, List<Site>> q = byPosition(query);
    final Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, List<Site>> e : t.entrySet()) {
      final List<Site> other = q.get(e.getKey());
      if (other != null && unshared(e.getValue(), other) && unshared(other, e.getValue())) {
        out.add(e.getKey());
      }
    }
    for (Site s : truth) {
      if (s.mnp() || s.vc().getGenotypes().get(0).getPloidy() != 2) {
        out.add(s.contig() + ":" + s.pos());
      }
    }
    for (Site s : query) {
      if (s.mnp() || s.vc().getGenotypes().get(0).getPloidy() != 2) {
        out.add(s.contig() + ":" + s.pos());
      }
    }
    return out;
  }

  private static boolean unshared(List<Site> mine, List<Site> other) {
    final Map<String, Integer> available = new HashMap<>();
    for (Site s : other) {
      available.merge(s.key(), 1, Integer::sum);
    }
    for (Site s : mine) {
      final Integer n = available.get(s.key());
      if (n == null || n == 0) {
        return true;
      }
      available.put(s.key(), n - 1);
    }
    return false;
  }

  /** Writes the sites (sorted by position already) as a one-sample VCF with an index, sample name {@code sample}. */
  static void write(List<Site> sites, SAMSequenceDictionary dict, String sample, Path out) {
    final Set<VCFHeaderLine> lines = new LinkedHashSet<>();
    lines.add(new VCFFormatHeaderLine("GT", 1, VCFHeaderLineType.String, "Genotype"));
    final VCFHeader header = new VCFHeader(lines, List.of(sample));
    header.setSequenceDictionary(dict);
    try (VariantContextWriter w = new VariantContextWriterBuilder().setOutputPath(out).setReferenceDictionary(dict)
        .setOption(Options.INDEX_ON_THE_FLY).unsetOption(Options.DO_NOT_WRITE_GENOTYPES).build()) {
      w.writeHeader(header);
      for (Site s : sites) {
        final Genotype g = s.vc().getGenotypes().get(0);
        w.add(new VariantContextBuilder(s.vc()).genotypes(new GenotypeBuilder(sample, g.getAlleles()).make())
            .passFilters().make());
      }
    }
  }

  /** Copies a VCF without the records at the given positions ({@code contig:POS}), header unchanged. */
  static void writeWithout(Path in, Set<String> excluded, Path out) {
    try (VCFFileReader reader = new VCFFileReader(in, false);
        VariantContextWriter w = new VariantContextWriterBuilder().setOutputPath(out)
            .unsetOption(Options.INDEX_ON_THE_FLY).build()) {
      w.writeHeader(reader.getFileHeader());
      for (VariantContext vc : reader) {
        if (!excluded.contains(vc.getContig() + ":" + vc.getStart())) {
          w.add(vc);
        }
      }
    }
  }

  /** The sequence dictionary of an indexed FASTA, from its .fai. */
  static SAMSequenceDictionary dictionary(Path fasta) throws java.io.IOException {
    final SAMSequenceDictionary dict = new SAMSequenceDictionary();
    for (String line : java.nio.file.Files.readAllLines(Path.of(fasta + ".fai"))) {
      final String[] f = line.split("\t");
      dict.addSequence(new htsjdk.samtools.SAMSequenceRecord(f[0], Integer.parseInt(f[1])));
    }
    return dict;
  }
}
