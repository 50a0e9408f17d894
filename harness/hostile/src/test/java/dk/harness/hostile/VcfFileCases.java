package dk.harness.hostile;

import static dk.harness.hostile.HostileCase.Expect.ACCEPTED;
import static dk.harness.hostile.HostileCase.Expect.EITHER;
import static dk.harness.hostile.HostileCase.Expect.REFUSED;
import static dk.harness.hostile.HostileCase.Expect.REFUSED_OR_WARNED;
import static dk.harness.hostile.HostileCase.Expect.SAME;
import static dk.harness.hostile.HostileCase.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Damage to a VCF as a file: the bgzip container (truncations, bit flips, wrong compression), the index (stale,
 * damaged, of another file), line endings and encodings, columns, and header dialects that must not block a
 * benchmark. All start from the GATK4 NA12878 calls (the query) or the NA12878 GIAB truth.
 */
final class VcfFileCases {
  private VcfFileCases() {
  }

  private static final String BGZF = "bgzip";
  private static final String INDEX = "index";
  private static final String TEXT = "text-encoding";
  private static final String COLUMNS = "columns";
  private static final String DIALECT = "header-dialect";

  /** Writes the query lines as bgzip in blocks of 20 lines (so there are several blocks to damage). */
  private static byte[] queryBgzip() {
    return Bytes.bgzip(Fixtures.naQueryLines(), 20);
  }

  private static Invocation query(CaseDir d, String name, byte[] bytes) {
    final Path q = d.bytes(name, bytes);
    return Calls.na().query(q).done().culprit(q);
  }

  private static Invocation queryLines(CaseDir d, String name, List<String> lines) {
    final Path q = d.lines(name, lines);
    return Calls.na().query(q).done().culprit(q);
  }

  static List<HostileCase> all() {
    final List<HostileCase> c = new ArrayList<>();
    // --- the bgzip container
    c.add(of(BGZF, "bgzip-truncated-mid-block", REFUSED, "truncat|unexpected end|EOF|corrupt|damaged|gzip", d -> {
      final byte[] b = queryBgzip();
      final List<Integer> blocks = Bytes.blockStarts(b);
      return query(d, "q.vcf.gz", Bytes.head(b, blocks.get(3) + 40));
    }));
    c.add(of(BGZF, "bgzip-truncated-at-block-boundary", REFUSED, "truncat|EOF|end|incomplete", d -> {
      // Whole blocks only: an inflater sees nothing wrong, only the missing 28-byte EOF block tells.
      final byte[] b = queryBgzip();
      final List<Integer> blocks = Bytes.blockStarts(b);
      return query(d, "q.vcf.gz", Bytes.head(b, blocks.get(blocks.size() / 2)));
    }));
    c.add(of(BGZF, "bgzip-missing-eof-block-only", EITHER, "EOF|truncat", d -> {
      final byte[] b = queryBgzip();
      return query(d, "q.vcf.gz", Bytes.head(b, b.length - Bytes.EOF_BLOCK_LENGTH));
    }));
    c.add(of(BGZF, "bgzip-bit-flip-in-deflate-data", REFUSED, "corrupt|damaged|CRC|invalid|gzip|bgzip|inflat", d -> {
      final byte[] b = queryBgzip();
      final int block = Bytes.blockStarts(b).get(2);
      return query(d, "q.vcf.gz", Bytes.flip(b, block + 60, 3));
    }));
    c.add(of(BGZF, "bgzip-bit-flip-in-crc", EITHER, "corrupt|damaged|CRC|checksum|gzip|bgzip", d -> {
      final byte[] b = queryBgzip();
      final int next = Bytes.blockStarts(b).get(2);
      return query(d, "q.vcf.gz", Bytes.flip(b, next - 8 + 1, 0));
    }));
    c.add(of(BGZF, "bgzip-bit-flip-in-block-size", REFUSED, "corrupt|damaged|gzip|bgzip|block|truncat", d -> {
      final byte[] b = queryBgzip();
      final int block = Bytes.blockStarts(b).get(1);
      return query(d, "q.vcf.gz", Bytes.flip(b, block + 17, 2));
    }));
    c.add(of(BGZF, "bgzip-bit-flip-in-magic", REFUSED, "gzip|bgzip|corrupt|damaged|not a|format|VCF", d ->
        query(d, "q.vcf.gz", Bytes.flip(queryBgzip(), 0, 0))));
    c.add(of(BGZF, "bgzip-stored-block-bit-flip-in-genotype", REFUSED, "CRC|checksum|corrupt|damaged", d -> {
      // Deflate level 0 stores the text: the flip turns a 0/1 into 1/1 and only the block's CRC32 can tell.
      final List<String> l = Fixtures.naQueryLines();
      int k = 0;
      while (!Vcf.fields(l.get(Vcf.confidentSnp(l, k)))[9].startsWith("0/1")) {
        k++;
      }
      final String rec = l.get(Vcf.confidentSnp(l, k));
      final String[] f = Vcf.fields(rec);
      final byte[] b = Bytes.bgzipStored(l);
      final int at = Bytes.indexOf(b, rec.getBytes(StandardCharsets.UTF_8)) + rec.length() - f[9].length();
      return query(d, "q.vcf.gz", Bytes.flip(b, at, 0));
    }));
    c.add(of(BGZF, "gzip-not-bgzip", ACCEPTED, "gzip|bgzip", d ->
        query(d, "q.vcf.gz", Bytes.gzip(Bytes.text(Fixtures.naQueryLines())))));
    c.add(of(BGZF, "gzip-twice", REFUSED, "gzip|compress|not a VCF|header|fileformat", d ->
        query(d, "q.vcf.gz.gz", Bytes.gzip(queryBgzip()))));
    c.add(of(BGZF, "plain-text-named-vcf-gz", ACCEPTED, "gzip|compress", d ->
        query(d, "q.vcf.gz", Bytes.text(Fixtures.naQueryLines()))));
    c.add(of(BGZF, "bgzip-named-vcf", ACCEPTED, "gzip|compress", d -> query(d, "q.vcf", queryBgzip())));
    c.add(of(BGZF, "bgzip-two-files-concatenated", REFUSED_OR_WARNED, "header|#|order|sort|duplicate|line", d ->
        query(d, "q.vcf.gz", Bytes.concat(queryBgzip(), queryBgzip()))));
    c.add(of(BGZF, "bgzip-garbage-after-eof", EITHER, "trailing|garbage|gzip|bgzip|corrupt|EOF", d ->
        query(d, "q.vcf.gz", Bytes.concat(queryBgzip(), "garbage\n".repeat(10).getBytes(StandardCharsets.UTF_8)))));
    c.add(of(BGZF, "zero-byte-vcf-gz", REFUSED, "empty|no header|fileformat|0 bytes|truncat", d ->
        query(d, "q.vcf.gz", new byte[0])));
    c.add(of(BGZF, "truth-bgzip-truncated", REFUSED, "truncat|unexpected end|EOF|corrupt|damaged|gzip", d -> {
      final byte[] b = Bytes.bgzip(Fixtures.naTruthLines(), 20);
      final Path t = d.bytes("truth.vcf.gz", Bytes.head(b, Bytes.blockStarts(b).get(4) + 100));
      return Calls.na().truth(t).done().culprit(t);
    }));

    // --- the index
    c.add(of(INDEX, "tbi-of-another-file", EITHER, "index|tbi|stale|older|match", d -> {
      final Path q = d.bytes("q.vcf.gz", Bytes.read(Fixtures.naQuery()));
      d.bytes("q.vcf.gz.tbi", Bytes.read(Path.of(Fixtures.naOtherQuery() + ".tbi")));
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.tbi");
    }));
    c.add(of(INDEX, "tbi-truncated", EITHER, "index|tbi|truncat|corrupt|damaged", d -> {
      final Path q = d.bytes("q.vcf.gz", Bytes.read(Fixtures.naQuery()));
      final byte[] tbi = Bytes.read(Path.of(Fixtures.naQuery() + ".tbi"));
      d.bytes("q.vcf.gz.tbi", Bytes.head(tbi, tbi.length / 2));
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.tbi");
    }));
    c.add(of(INDEX, "tbi-zero-bytes", EITHER, "index|tbi|empty|corrupt|damaged", d -> {
      final Path q = d.bytes("q.vcf.gz", Bytes.read(Fixtures.naQuery()));
      d.bytes("q.vcf.gz.tbi", new byte[0]);
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.tbi");
    }));
    c.add(of(INDEX, "tbi-bit-flip", EITHER, "index|tbi|corrupt|damaged|CRC", d -> {
      final Path q = d.bytes("q.vcf.gz", Bytes.read(Fixtures.naQuery()));
      d.bytes("q.vcf.gz.tbi", Bytes.flip(Bytes.read(Path.of(Fixtures.naQuery() + ".tbi")), 40, 5));
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.tbi");
    }));
    c.add(of(INDEX, "tbi-older-than-vcf", EITHER, "index|older|stale", d -> {
      final Path q = d.bytes("q.vcf.gz", Bytes.read(Fixtures.naQuery()));
      final Path tbi = d.bytes("q.vcf.gz.tbi", Bytes.read(Path.of(Fixtures.naQuery() + ".tbi")));
      Files.setLastModifiedTime(tbi, FileTime.fromMillis(Files.getLastModifiedTime(q).toMillis() - 86_400_000L));
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.tbi");
    }));
    c.add(of(INDEX, "tbi-of-the-vcf-before-it-was-edited", EITHER, "index|tbi|stale|older|match", d -> {
      // Same records, re-compressed with other block boundaries after indexing: every offset in the index is wrong.
      final List<String> lines = Fixtures.naQueryLines();
      final Path q = d.bytes("q.vcf.gz", Bytes.bgzip(lines, 20));
      Bytes.tabix(q);
      final byte[] oldIndex = Bytes.read(Path.of(q + ".tbi"));
      Bytes.write(q, Bytes.bgzip(lines, 7));
      Bytes.write(Path.of(q + ".tbi"), oldIndex);
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.tbi");
    }));
    c.add(of(INDEX, "csi-garbage", EITHER, "index|csi|corrupt|damaged", d -> {
      final Path q = d.bytes("q.vcf.gz", Bytes.read(Fixtures.naQuery()));
      d.bytes("q.vcf.gz.csi", Bytes.bgzip("not a csi index\n".repeat(30).getBytes(StandardCharsets.US_ASCII)));
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.csi");
    }));
    c.add(of(INDEX, "tbi-is-a-directory", EITHER, "index|tbi|directory|folder", d -> {
      final Path q = d.bytes("q.vcf.gz", Bytes.read(Fixtures.naQuery()));
      d.dir("q.vcf.gz.tbi");
      return Calls.na().query(q).done().culprit("q.vcf.gz", "q.vcf.gz.tbi");
    }));

    // --- line endings, encodings, odd bytes
    c.add(of(TEXT, "crlf-line-endings", EITHER, "CR|carriage|line ending|\\\\r", d ->
        query(d, "q.vcf", String.join("\r\n", Fixtures.naQueryLines()).concat("\r\n")
            .getBytes(StandardCharsets.UTF_8))));
    c.add(of(TEXT, "crlf-in-header-only", EITHER, "CR|carriage|line ending|\\\\r", d -> {
      final List<String> l = Fixtures.naQueryLines();
      for (int i = 0; i < Vcf.chromLine(l); i++) {
        l.set(i, l.get(i) + "\r");
      }
      return queryLines(d, "q.vcf", l);
    }));
    c.add(of(TEXT, "utf8-bom", EITHER, "BOM|byte.order|fileformat|header", d ->
        query(d, "q.vcf", Bytes.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            Bytes.text(Fixtures.naQueryLines())))));
    c.add(of(TEXT, "utf16-encoded", REFUSED, "UTF|encod|fileformat|header|not a VCF|binary", d ->
        query(d, "q.vcf", String.join("\n", Fixtures.naQueryLines()).getBytes(StandardCharsets.UTF_16))));
    c.add(of(TEXT, "no-final-newline", SAME, "newline", d ->
        query(d, "q.vcf", String.join("\n", Fixtures.naQueryLines()).getBytes(StandardCharsets.UTF_8))));
    c.add(of(TEXT, "latin1-byte-in-info", ACCEPTED, "UTF|encod|byte", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 2);
      l.set(i, Vcf.set(l.get(i), 7, Vcf.fields(l.get(i))[7] + ";NOTE=caf\u00e9"));
      return query(d, "q.vcf", String.join("\n", l).concat("\n").getBytes(StandardCharsets.ISO_8859_1));
    }));
    c.add(of(TEXT, "latin1-byte-in-sample-name", EITHER, "UTF|encod|sample|byte", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int h = Vcf.chromLine(l);
      l.set(h, Vcf.set(l.get(h), 9, "NA12878-J\u00f8rgen"));
      return query(d, "q.vcf", String.join("\n", l).concat("\n").getBytes(StandardCharsets.ISO_8859_1));
    }));
    c.add(of(TEXT, "nul-byte-in-record", REFUSED, "NUL|binary|byte|control|invalid|character", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 4);
      // What a crash leaves behind: the end of a record overwritten with zero bytes.
      final String rec = l.get(i);
      l.set(i, rec.substring(0, rec.length() / 3) + "\u0000".repeat(rec.length() - rec.length() / 3));
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(TEXT, "huge-info-value-5mb", ACCEPTED, "long|large|line", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 6);
      l.set(i, Vcf.set(l.get(i), 7, Vcf.fields(l.get(i))[7] + ";BLOB=" + "ACGT".repeat(1_250_000)));
      return queryLines(d, "q.vcf", l);
    }));
    c.add(of(TEXT, "huge-header-comment-5mb", ACCEPTED, "long|large|line|header", d ->
        queryLines(d, "q.vcf", Vcf.addMeta(Fixtures.naQueryLines(), "##comment=" + "x".repeat(5_000_000)))));
    c.add(of(TEXT, "100k-header-lines", ACCEPTED, "header|lines", d -> {
      List<String> l = Fixtures.naQueryLines();
      final List<String> meta = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        meta.add("##source_note_" + i + "=padding");
      }
      l.addAll(1, meta);
      return queryLines(d, "q.vcf", l);
    }));
    c.add(of(TEXT, "blank-line-between-records", EITHER, "blank|empty line", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 3);
      l.add(i, "");
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));

    // --- columns and separators
    c.add(of(COLUMNS, "spaces-instead-of-tabs-in-records", REFUSED, "tab|column|field|space", d -> {
      final List<String> l = Vcf.mapData(Fixtures.naQueryLines(), s -> s.replace('\t', ' '));
      return queryLines(d, "q.vcf", l).line(Vcf.firstData(l) + 1);
    }));
    c.add(of(COLUMNS, "spaces-instead-of-tabs-in-chrom-line", REFUSED, "tab|column|#CHROM|header|space", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int h = Vcf.chromLine(l);
      l.set(h, l.get(h).replace('\t', ' '));
      return queryLines(d, "q.vcf", l);
    }));
    c.add(of(COLUMNS, "record-missing-a-column", REFUSED, "column|field|expected", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 5);
      final String[] f = Vcf.fields(l.get(i));
      l.set(i, String.join("\t", f[0], f[1], f[2], f[3], f[4], f[6], f[7], f[8], f[9]));
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "record-with-an-extra-column", REFUSED, "column|field|expected|sample", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 5);
      l.set(i, l.get(i) + "\t0/1:10,10:20:99:100,0,100");
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "record-with-trailing-tab", EITHER, "column|field|tab|expected", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 5);
      l.set(i, l.get(i) + "\t");
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "record-cut-mid-line-at-end", REFUSED, "column|field|truncat|expected", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final String last = l.get(l.size() - 1);
      l.set(l.size() - 1, last.substring(0, last.indexOf('\t', last.indexOf('\t') + 1) + 3));
      return query(d, "q.vcf", String.join("\n", l).getBytes(StandardCharsets.UTF_8)).line(l.size());
    }));
    c.add(of(COLUMNS, "no-chrom-header-line", REFUSED, "#CHROM|header", d -> {
      final List<String> l = Fixtures.naQueryLines();
      l.remove(Vcf.chromLine(l));
      return queryLines(d, "q.vcf", l);
    }));
    c.add(of(COLUMNS, "pos-zero", REFUSED, "POS|position|0", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.firstData(l);
      l.set(i, Vcf.set(l.get(i), 1, "0"));
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "pos-not-a-number", REFUSED, "POS|position|number|integer", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 1);
      l.set(i, Vcf.set(l.get(i), 1, "10001x98"));
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "pos-beyond-contig-end", REFUSED, "length|beyond|end|contig|outside", d -> {
      final List<String> l = Fixtures.naQueryLines();
      l.add(Vcf.set(Vcf.set(l.get(l.size() - 1), 1, "63025600"), 3, "A"));
      return queryLines(d, "q.vcf", l).line(l.size());
    }));
    c.add(of(COLUMNS, "qual-not-a-number", EITHER, "QUAL|number", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 7);
      l.set(i, Vcf.set(l.get(i), 5, "high"));
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "alt-empty", REFUSED, "ALT|allele|empty", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confident(l, 7);
      l.set(i, Vcf.set(l.get(i), 4, ""));
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "alt-not-bases", REFUSED, "ALT|allele|base|invalid", d -> {
      final List<String> l = Fixtures.naQueryLines();
      final int i = Vcf.confidentSnp(l, 3);
      l.set(i, Vcf.set(l.get(i), 4, "Q"));
      return queryLines(d, "q.vcf", l).line(i + 1);
    }));
    c.add(of(COLUMNS, "lowercase-alleles", ACCEPTED, "case|lower", d ->
        queryLines(d, "q.vcf", Vcf.mapData(Fixtures.naQueryLines(), s -> {
          final String[] f = Vcf.fields(s);
          f[3] = f[3].toLowerCase(java.util.Locale.ROOT);
          f[4] = f[4].toLowerCase(java.util.Locale.ROOT);
          return Vcf.join(f);
        }))));

    // --- header dialects that vcfeval, hap.py and bcftools accept: must never block a benchmark
    c.add(of(DIALECT, "filter-with-number-and-type", SAME, "FILTER", d -> queryLines(d, "q.vcf",
        Vcf.addMeta(Fixtures.naQueryLines(), "##FILTER=<ID=COV,Number=0,Type=Flag,Description=\"coverage\">"))));
    c.add(of(DIALECT, "info-used-not-declared", SAME, "INFO|declared", d ->
        queryLines(d, "q.vcf", Vcf.dropHeader(Fixtures.naQueryLines(), "##INFO=<ID=MQ,"))));
    c.add(of(DIALECT, "format-used-not-declared", SAME, "FORMAT|declared", d ->
        queryLines(d, "q.vcf", Vcf.dropHeader(Fixtures.naQueryLines(), "##FORMAT=<ID=AD,"))));
    c.add(of(DIALECT, "info-without-description", SAME, "Description", d -> queryLines(d, "q.vcf",
        Vcf.addMeta(Vcf.dropHeader(Fixtures.naQueryLines(), "##INFO=<ID=QD,"),
            "##INFO=<ID=QD,Number=1,Type=Float>"))));
    c.add(of(DIALECT, "duplicate-info-declaration", SAME, "duplicate|INFO", d -> queryLines(d, "q.vcf",
        Vcf.addMeta(Fixtures.naQueryLines(), "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"again\">"))));
    c.add(of(DIALECT, "contig-line-with-extra-keys", SAME, "contig", d -> queryLines(d, "q.vcf",
        Vcf.addMeta(Vcf.dropHeader(Fixtures.naQueryLines(), "##contig=<ID=chr20,"),
            "##contig=<ID=chr20,length=63025520,assembly=hg19,md5=0dec9660ec1efaaf33281c0d5ea2560f,species=\"Homo "
                + "sapiens\",URL=ftp://example.org/x>"))));
    c.add(of(DIALECT, "no-contig-lines", SAME, "contig", d ->
        queryLines(d, "q.vcf", Vcf.dropHeader(Fixtures.naQueryLines(), "##contig="))));
    c.add(of(DIALECT, "unterminated-meta-line", ACCEPTED, "header|meta|INFO", d -> queryLines(d, "q.vcf",
        Vcf.addMeta(Fixtures.naQueryLines(), "##INFO=<ID=XX,Number=1,Type=Integer,Description=\"open"))));
    for (String v : List.of("VCFv4.0", "VCFv4.1", "VCFv4.3", "VCFv4.4")) {
      c.add(of(DIALECT, "fileformat-" + v.toLowerCase(java.util.Locale.ROOT), SAME, "fileformat|version", d -> {
        final List<String> l = Fixtures.naQueryLines();
        l.set(0, "##fileformat=" + v);
        return queryLines(d, "q.vcf", l);
      }));
    }
    c.add(of(DIALECT, "fileformat-line-missing", EITHER, "fileformat", d -> {
      final List<String> l = Fixtures.naQueryLines();
      l.remove(0);
      return queryLines(d, "q.vcf", l);
    }));
    c.add(of(DIALECT, "gt-declared-integer", SAME, "GT|FORMAT", d -> queryLines(d, "q.vcf",
        Vcf.addMeta(Vcf.dropHeader(Fixtures.naQueryLines(), "##FORMAT=<ID=GT,"),
            "##FORMAT=<ID=GT,Number=1,Type=Integer,Description=\"Genotype\">"))));
    return c;
  }
}
