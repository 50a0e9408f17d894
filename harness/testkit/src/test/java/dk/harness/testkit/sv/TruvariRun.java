package dk.harness.testkit.sv;

import dk.harness.core.sv.SvConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One recorded Truvari run: the {@code truvari bench} line of a {@code command.txt}, read into an {@link SvConfig}
 * with the same parameters, and the input paths relative to the data folder.
 */
record TruvariRun(String name, Path folder, String base, String comp, String includebed, String reference,
    SvConfig config) {

  static TruvariRun read(Path folder, String name) throws IOException {
    String cmd = null;
    for (String line : Files.readAllLines(folder.resolve("command.txt"))) {
      if (line.startsWith("truvari bench ")) {
        cmd = line;
      }
    }
    if (cmd == null) {
      throw new IllegalStateException("no 'truvari bench' line in " + folder.resolve("command.txt"));
    }
    return parse(name, folder, cmd);
  }

  static TruvariRun parse(String name, Path folder, String cmd) {
    final String[] a = cmd.trim().split("\\s+");
    String base = null;
    String comp = null;
    String bed = null;
    String reference = null;
    final SvConfig d = SvConfig.defaults();
    int refdist = d.refdist();
    double pctseq = d.pctseq();
    double pctsize = d.pctsize();
    double pctovl = d.pctovl();
    boolean typeignore = false;
    boolean dupToIns = false;
    int bnddist = d.bnddist();
    boolean decompose = true;
    int sizemin = d.sizemin();
    Integer sizefilt = null;
    int sizemax = d.sizemax();
    boolean passonly = false;
    SvConfig.NoRef noRef = SvConfig.NoRef.NONE;
    SvConfig.Pick pick = SvConfig.Pick.SINGLE;
    int chunksize = d.chunksize();
    int extend = 0;
    final List<String> unknown = new ArrayList<>();
    for (int i = 2; i < a.length; i++) {
      switch (a[i]) {
        case "-b", "--base" -> base = a[++i];
        case "-c", "--comp" -> comp = a[++i];
        case "--includebed" -> bed = a[++i];
        case "-f", "--reference" -> reference = a[++i];
        case "-o", "--output" -> i++;
        case "--passonly" -> passonly = true;
        case "-r", "--refdist" -> refdist = Integer.parseInt(a[++i]);
        case "-p", "--pctseq" -> pctseq = Double.parseDouble(a[++i]);
        case "-P", "--pctsize" -> pctsize = Double.parseDouble(a[++i]);
        case "-O", "--pctovl" -> pctovl = Double.parseDouble(a[++i]);
        case "-t", "--typeignore" -> typeignore = true;
        case "-d", "--dup-to-ins" -> dupToIns = true;
        case "-B", "--bnddist" -> bnddist = Integer.parseInt(a[++i]);
        case "-N", "--no-decompose" -> decompose = false;
        case "-s", "--sizemin" -> sizemin = Integer.parseInt(a[++i]);
        case "-S", "--sizefilt" -> sizefilt = Integer.parseInt(a[++i]);
        case "--sizemax" -> sizemax = Integer.parseInt(a[++i]);
        case "--no-ref" -> noRef = switch (a[++i]) {
          case "a" -> SvConfig.NoRef.ALL;
          case "b" -> SvConfig.NoRef.BASE;
          default -> SvConfig.NoRef.COMP;
        };
        case "--pick" -> pick = SvConfig.Pick.valueOf(a[++i].toUpperCase(java.util.Locale.ROOT));
        case "-C", "--chunksize" -> chunksize = Integer.parseInt(a[++i]);
        case "--extend" -> extend = Integer.parseInt(a[++i]);
        default -> unknown.add(a[i]);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("truvari options this test does not know: " + unknown);
    }
    final SvConfig c = new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, decompose,
        sizemin, sizefilt != null ? sizefilt : SvConfig.defaultSizefilt(sizemin), sizemax, passonly, noRef, pick,
        chunksize, false, d.maxResolve(), extend, true);
    return new TruvariRun(name, folder, base, comp, bed, reference, c);
  }
}
