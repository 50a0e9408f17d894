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
record TruvariRun(String name, Path folder, String base, String comp, String includebed, SvConfig config) {

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
    SvConfig c = SvConfig.defaults();
    Integer sizefilt = null;
    int sizemin = c.sizemin();
    int sizemax = c.sizemax();
    final List<String> unknown = new ArrayList<>();
    for (int i = 2; i < a.length; i++) {
      switch (a[i]) {
        case "-b", "--base" -> base = a[++i];
        case "-c", "--comp" -> comp = a[++i];
        case "--includebed" -> bed = a[++i];
        case "-o", "--output" -> i++;
        case "--passonly" -> c = c.withPassonly(true);
        case "-r", "--refdist" -> c = c.withRefdist(Integer.parseInt(a[++i]));
        case "-p", "--pctseq" -> c = c.withPctseq(Double.parseDouble(a[++i]));
        case "-P", "--pctsize" -> c = c.withPctsize(Double.parseDouble(a[++i]));
        case "-O", "--pctovl" -> c = c.withPctovl(Double.parseDouble(a[++i]));
        case "-t", "--typeignore" -> c = c.withTypeignore(true);
        case "-d", "--dup-to-ins" -> c = c.withDupToIns(true);
        case "-s", "--sizemin" -> sizemin = Integer.parseInt(a[++i]);
        case "-S", "--sizefilt" -> sizefilt = Integer.parseInt(a[++i]);
        case "--sizemax" -> sizemax = Integer.parseInt(a[++i]);
        case "--pick" -> c = c.withPick(SvConfig.Pick.valueOf(a[++i].toUpperCase(java.util.Locale.ROOT)));
        case "-C", "--chunksize" -> {
          final int v = Integer.parseInt(a[++i]);
          c = new SvConfig(c.refdist(), c.pctseq(), c.pctsize(), c.pctovl(), c.typeignore(), c.dupToIns(),
              c.bnddist(), c.decompose(), c.sizemin(), c.sizefilt(), c.sizemax(), c.passonly(), c.noRef(), c.pick(),
              v, c.noRoll(), c.maxResolve(), c.extend(), c.typeFromAlleles());
        }
        default -> unknown.add(a[i]);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("truvari options this test does not know: " + unknown);
    }
    c = c.withSizes(sizemin, sizefilt != null ? sizefilt : SvConfig.defaultSizefilt(sizemin), sizemax);
    return new TruvariRun(name, folder, base, comp, bed, c);
  }
}
