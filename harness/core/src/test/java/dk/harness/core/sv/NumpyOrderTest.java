package dk.harness.core.sv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tie order numpy 1.24.2 gives: numpy-argsort.tsv holds 300 tie-heavy key arrays (1-150 elements) with the
 * indexes numpy's argsort returned for object arrays with those keys (generated with numpy 1.24.2, Debian 12).
 */
class NumpyOrderTest {
  @Test
  void argsortLeavesTiesWhereNumpyLeavesThem() throws IOException {
    int cases = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        NumpyOrderTest.class.getResourceAsStream("numpy-argsort.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        final String[] cols = line.split("\t");
        final List<SvMatch> v = new ArrayList<>();
        for (String k : cols[0].split(",")) {
          final SvMatch m = new SvMatch(null, null);
          m.state = true;
          m.score = Double.parseDouble(k);
          m.stDist = 0;
          m.edDist = 0;
          v.add(m);
        }
        final int[] expected = Arrays.stream(cols[1].split(",")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(expected, NumpyOrder.argsort(v), cols[0]);
        cases++;
      }
    }
    assertEquals(300, cases);
  }
}
