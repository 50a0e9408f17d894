package dk.harness.io;

import htsjdk.samtools.SAMSequenceDictionary;
import htsjdk.samtools.SAMSequenceRecord;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.tribble.SimpleFeature;
import htsjdk.tribble.index.tabix.TabixFormat;
import htsjdk.tribble.index.tabix.TabixIndexCreator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one per-record result VCF of an SV comparison (like Truvari's tp-base / tp-comp / fp / fn): the input
 * file's header with extra INFO declarations, then the given record lines sorted by contig (header order, then
 * first appearance) and POS (stable), bgzip-compressed with a tabix index beside it.
 */
public final class SvResultVcfWriter {
  /**
   * zlib level of the bgzip blocks: level 1, as for the small-variant result VCF (Ga4ghVcfSink), compresses about
   * 3x faster than htsjdk's default 5 for files about a third larger; the records are the same.
   */
  static final int DEFLATE_LEVEL = 1;

  private SvResultVcfWriter() {
  }

  /** One output record: its contig, 1-based POS, 0-based exclusive end (for the index) and the full line. */
  public record Line(String contig, int pos, int end, String text) {
  }

  /**
   * @param vcfGz output path (a {@code .tbi} is written next to it)
   * @param metaLines the source file's {@code ##} lines
   * @param extraInfo extra {@code ##INFO} lines, inserted after the source's meta lines
   * @param columnLine the {@code #CHROM} line
   * @param contigLengths header contigs (null lengths allowed), for ordering and the index
   */
  public static void write(Path vcfGz, List<String> metaLines, List<String> extraInfo, String columnLine,
      Map<String, Long> contigLengths, List<Line> lines) throws IOException {
    final Map<String, Integer> order = new HashMap<>();
    contigLengths.keySet().forEach(c -> order.putIfAbsent(c, order.size()));
    final List<Line> sorted = new ArrayList<>(lines);
    for (Line l : sorted) {
      order.putIfAbsent(l.contig(), order.size());
    }
    sorted.sort(Comparator.<Line>comparingInt(l -> order.get(l.contig())).thenComparingInt(Line::pos));
    final Map<String, Long> dictLengths = new LinkedHashMap<>();
    order.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
      final Long len = contigLengths.get(e.getKey());
      dictLengths.put(e.getKey(), len);
    });
    for (Line l : sorted) {
      final Long len = dictLengths.get(l.contig());
      if (len == null || len < l.end()) {
        dictLengths.put(l.contig(), (long) Math.max(l.end(), len == null ? 0 : len));
      }
    }
    final SAMSequenceDictionary dict = new SAMSequenceDictionary();
    dictLengths.forEach((k, v) -> dict.addSequence(new SAMSequenceRecord(k,
        (int) Math.min(Integer.MAX_VALUE, Math.max(1, v == null ? 1 : v)))));
    final TabixIndexCreator index = new TabixIndexCreator(dict, TabixFormat.VCF);
    try (BlockCompressedOutputStream out = new BlockCompressedOutputStream(Files.newOutputStream(vcfGz), vcfGz,
        DEFLATE_LEVEL)) {
      final StringBuilder header = new StringBuilder();
      for (String m : metaLines) {
        header.append(m).append('\n');
      }
      for (String m : extraInfo) {
        header.append(m).append('\n');
      }
      header.append(columnLine).append('\n');
      out.write(header.toString().getBytes(StandardCharsets.UTF_8));
      for (Line l : sorted) {
        index.addFeature(new SimpleFeature(l.contig(), l.pos(), Math.max(l.pos(), l.end())), out.getFilePointer());
        out.write(l.text().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
      out.flush();
      index.finalizeIndex(out.getFilePointer()).write(vcfGz.resolveSibling(vcfGz.getFileName() + ".tbi"));
    }
  }
}
