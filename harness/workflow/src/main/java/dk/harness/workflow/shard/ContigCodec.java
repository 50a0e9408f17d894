package dk.harness.workflow.shard;

import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.TooComplexRegion;
import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import dk.harness.compare.ComparedContig;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of a compared contig in a shard's {@code .compare.bin}: every record with the fields the reports
 * read, the haplotype-aware decisions and too-complex regions of ALL and (when some record is filtered) PASS, the
 * PASS records as positions in the ALL lists. Site-level results are not stored: {@link ComparedContig#rebuild}
 * recomputes them, exactly, from the records. Doubles are stored as their bits, so replaying gives the same
 * values. Stateless.
 */
final class ContigCodec {
  /** Marks a contig block; {@link #END} ends the stream. */
  static final int CONTIG = 1;
  static final int END = 0;

  private ContigCodec() {
  }

  /** A contig read back, with the read counts for progress. */
  record Replayed(ComparedContig contig, int truthRead, int queryRead) {
  }

  static void write(DataOutputStream out, ComparedContig c, int truthRead, int queryRead) throws IOException {
    out.writeByte(CONTIG);
    writeString(out, c.contig());
    out.writeInt(truthRead);
    out.writeInt(queryRead);
    writeRecords(out, c.all().truth());
    writeRecords(out, c.all().query());
    writeResult(out, c.all().result());
    out.writeBoolean(c.separatePass());
    if (c.separatePass()) {
      writePositions(out, c.all().truth(), c.pass().truth());
      writePositions(out, c.all().query(), c.pass().query());
      writeResult(out, c.pass().result());
    }
  }

  /** The next contig, or null at the end marker. */
  static Replayed read(DataInputStream in) throws IOException {
    final int marker = in.readByte();
    if (marker == END) {
      return null;
    }
    if (marker != CONTIG) {
      throw new IOException("bad block marker " + marker);
    }
    final String contig = readString(in);
    final int truthRead = in.readInt();
    final int queryRead = in.readInt();
    final List<LoadedRecord> truth = readRecords(in, contig);
    final List<LoadedRecord> query = readRecords(in, contig);
    final ContigResult all = readResult(in, contig);
    if (!in.readBoolean()) {
      return new Replayed(ComparedContig.rebuild(contig, truth, query, all, null, null, null), truthRead, queryRead);
    }
    final List<LoadedRecord> passTruth = readPositions(in, truth);
    final List<LoadedRecord> passQuery = readPositions(in, query);
    final ContigResult pass = readResult(in, contig);
    return new Replayed(ComparedContig.rebuild(contig, truth, query, all, passTruth, passQuery, pass), truthRead,
        queryRead);
  }

  private static void writeRecords(DataOutputStream out, List<LoadedRecord> records) throws IOException {
    out.writeInt(records.size());
    for (LoadedRecord r : records) {
      out.writeInt(r.pos());
      writeString(out, r.ref());
      out.writeInt(r.alts().size());
      for (String a : r.alts()) {
        writeString(out, a);
      }
      writeString(out, r.filter());
      out.writeLong(Double.doubleToRawLongBits(r.qual()));
      writeString(out, r.gt());
      writeString(out, r.ft());
      out.writeLong(Double.doubleToRawLongBits(r.gq()));
      out.writeLong(r.line());
      out.writeInt(r.spanEnd());
      final Variant v = r.variant();
      out.writeInt(v.id());
      out.writeInt(v.start());
      out.writeInt(v.alleleCount());
      for (int i = 0; i < v.alleleCount(); i++) {
        final byte[] a = v.allele(i);
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) {
          out.write(a);
        }
      }
      out.writeInt(v.ploidy());
      for (int h = 0; h < v.ploidy(); h++) {
        out.writeInt(v.genotype(h));
      }
      out.writeBoolean(v.phased());
      out.writeBoolean(v.pass());
      out.writeLong(Double.doubleToRawLongBits(v.score()));
    }
  }

  private static List<LoadedRecord> readRecords(DataInputStream in, String contig) throws IOException {
    final int n = count(in);
    final List<LoadedRecord> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      final int pos = in.readInt();
      final String ref = readString(in);
      final int na = count(in);
      final List<String> alts = new ArrayList<>(na);
      for (int i = 0; i < na; i++) {
        alts.add(readString(in));
      }
      final String filter = readString(in);
      final double qual = Double.longBitsToDouble(in.readLong());
      final String gt = readString(in);
      final String ft = readString(in);
      final double gq = Double.longBitsToDouble(in.readLong());
      final long line = in.readLong();
      final int spanEnd = in.readInt();
      final int id = in.readInt();
      final int start = in.readInt();
      final byte[][] alleles = new byte[count(in)][];
      for (int i = 0; i < alleles.length; i++) {
        final int len = in.readInt();
        if (len >= 0) {
          alleles[i] = new byte[len];
          in.readFully(alleles[i]);
        }
      }
      final int[] genotype = new int[count(in)];
      for (int h = 0; h < genotype.length; h++) {
        genotype[h] = in.readInt();
      }
      final boolean phased = in.readBoolean();
      final boolean pass = in.readBoolean();
      final double score = Double.longBitsToDouble(in.readLong());
      // The padding-base rule reads the first character of unreplayable ALTs: restored from their text.
      final byte[] leads = new byte[alleles.length];
      for (int i = 1; i < alleles.length && i - 1 < alts.size(); i++) {
        leads[i] = alts.get(i - 1).isEmpty() ? (byte) '*' : (byte) alts.get(i - 1).charAt(0);
      }
      out.add(new LoadedRecord(contig, pos, ref, alts, filter, qual, gt, ft, gq, line,
          new Variant(id, start, alleles, leads, genotype, phased, pass, score), spanEnd));
    }
    return out;
  }

  private static void writeResult(DataOutputStream out, ContigResult r) throws IOException {
    writeDecisions(out, r.truth());
    writeDecisions(out, r.query());
    out.writeInt(r.tooComplex().size());
    for (TooComplexRegion t : r.tooComplex()) {
      out.writeInt(t.start());
      out.writeInt(t.end());
      out.writeInt(t.truthRecords());
      out.writeInt(t.queryRecords());
      writeString(out, t.reason());
    }
  }

  private static ContigResult readResult(DataInputStream in, String contig) throws IOException {
    final List<Decision> truth = readDecisions(in);
    final List<Decision> query = readDecisions(in);
    final int n = count(in);
    final List<TooComplexRegion> tc = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tc.add(new TooComplexRegion(in.readInt(), in.readInt(), in.readInt(), in.readInt(), readString(in)));
    }
    return new ContigResult(contig, truth, query, tc);
  }

  private static void writeDecisions(DataOutputStream out, List<Decision> ds) throws IOException {
    out.writeInt(ds.size());
    for (Decision d : ds) {
      out.writeInt(d.id());
      out.writeByte(d.outcome().ordinal());
      out.writeByte(d.level().ordinal());
      out.writeInt(d.block());
      out.writeInt(d.alleleBlock());
    }
  }

  private static List<Decision> readDecisions(DataInputStream in) throws IOException {
    final int n = count(in);
    final Outcome[] outcomes = Outcome.values();
    final MatchLevel[] levels = MatchLevel.values();
    final List<Decision> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Decision(in.readInt(), outcomes[in.readByte()], levels[in.readByte()], in.readInt(),
          in.readInt()));
    }
    return out;
  }

  /** Positions of {@code sub}'s records (the same objects, in order) in {@code all}. */
  private static void writePositions(DataOutputStream out, List<LoadedRecord> all, List<LoadedRecord> sub)
      throws IOException {
    out.writeInt(sub.size());
    int j = 0;
    for (int i = 0; i < all.size() && j < sub.size(); i++) {
      if (all.get(i) == sub.get(j)) {
        out.writeInt(i);
        j++;
      }
    }
    if (j != sub.size()) {
      throw new IllegalStateException("the PASS records are not a sub-list of the ALL records");
    }
  }

  private static List<LoadedRecord> readPositions(DataInputStream in, List<LoadedRecord> all) throws IOException {
    final int n = count(in);
    final List<LoadedRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(all.get(in.readInt()));
    }
    return out;
  }

  private static int count(DataInputStream in) throws IOException {
    final int n = in.readInt();
    if (n < 0) {
      throw new IOException("negative count " + n);
    }
    return n;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    final byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputStream in) throws IOException {
    final int n = in.readInt();
    if (n < 0) {
      return null;
    }
    final byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
