package dk.harness.cli;

import dk.harness.io.InputException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A cheap first pass over a VCF that lists the contigs that have records, in file order, by reading only the CHROM
 * column. The contig-naming check needs this before anything is compared or written, and the plan of which contig
 * to read when depends on it. Stateless.
 */
public final class ContigScan {
  private ContigScan() {
  }

  /**
   * @param vcf plain or gzip/bgzip VCF
   * @param role "truth" or "query", for messages
   * @return contigs with at least one record, in the order they first appear
   * @throws InputException if the file is truncated or corrupt, or a contig's records are not contiguous (unsorted)
   */
  public static List<String> contigs(Path vcf, String role) {
    try (InputStream raw = Files.newInputStream(vcf)) {
      final BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
      buffered.mark(2);
      final boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
      buffered.reset();
      final InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
      return scan(vcf, role, in);
    } catch (EOFException e) {
      throw new InputException(vcf, -1, "the " + role + " VCF is truncated (compressed data ends early)",
          "re-download or re-create it: bgzip the complete VCF and index it with 'tabix -p vcf'", e);
    } catch (ZipException e) {
      throw new InputException(vcf, -1, "the " + role + " VCF is not valid gzip/bgzip data (" + e.getMessage() + ")",
          "re-create it with 'bgzip' from the plain VCF and index it with 'tabix -p vcf'", e);
    } catch (IOException e) {
      throw new InputException(vcf, -1, "cannot read the " + role + " VCF (" + e.getMessage() + ")",
          "check that the file exists and is readable", e);
    }
  }

  private static List<String> scan(Path vcf, String role, InputStream in) throws IOException {
    final List<String> order = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    final Bytes bytes = new Bytes(in);
    final byte[] name = new byte[1024];
    String current = null;
    long line = 0;
    int c = bytes.next();
    while (c != -1) {
      line++;
      if (c == '#') {
        c = bytes.skipLine();
        continue;
      }
      int n = 0;
      while (c != -1 && c != '\t' && c != '\n' && c != '\r') {
        if (n < name.length) {
          name[n] = (byte) c;
        }
        n++;
        c = bytes.next();
      }
      if (c != '\t') {
        // Empty or malformed lines are the full reader's business; it reports them with context.
        c = c == '\n' ? bytes.next() : c == -1 ? -1 : bytes.skipLine();
        continue;
      }
      final String contig = new String(name, 0, Math.min(n, name.length), StandardCharsets.UTF_8);
      if (!contig.equals(current)) {
        if (!seen.add(contig)) {
          throw new InputException(vcf, line, "the " + role + " VCF is not sorted: records of contig '" + contig
              + "' appear again after contig '" + current + "'",
              "sort it: bcftools sort -O z -o sorted.vcf.gz " + vcf + " && tabix -p vcf sorted.vcf.gz");
        }
        order.add(contig);
        current = contig;
      }
      c = bytes.skipLine();
    }
    return order;
  }

  /** Unsynchronised byte reader: the scan touches every byte of the file, so per-byte overhead matters. */
  private static final class Bytes {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;

    Bytes(InputStream in) {
      this.in = in;
    }

    int next() throws IOException {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos++] & 0xff;
    }

    /** Skips past the next newline; returns the first byte of the following line, or -1 at the end. */
    int skipLine() throws IOException {
      while (true) {
        for (int i = pos; i < len; i++) {
          if (buf[i] == '\n') {
            pos = i + 1;
            return next();
          }
        }
        pos = len;
        if (next() == -1) {
          return -1;
        }
        pos--;
      }
    }
  }
}
