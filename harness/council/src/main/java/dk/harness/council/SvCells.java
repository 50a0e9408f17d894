package dk.harness.council;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The (SV type, size bin) cells shown for a set of SV parts, in the order every format lists them: types ALL, DEL,
 * INS, DUP, INV, BND, then any other type in the order met; within a type the size bin ALL, then the bins from
 * small to large. A cell is shown when any part has a call in it (ALL/ALL always). Stateless.
 */
final class SvCells {
  static final List<String> TYPES = List.of(SvPart.ALL, "DEL", "INS", "DUP", "INV", "BND");
  static final List<String> BINS = List.of(SvPart.ALL, "<50", "50-99", "100-299", "300-999", "1000-4999",
      "5000-50000", ">50000");

  /** A cell: SV type and size bin. */
  record Cell(String type, String sizeBin) {
    /** E.g. {@code DEL 50-99}, {@code DEL} for the ALL bin, {@code All SVs} for ALL/ALL. */
    String label() {
      if (SvPart.ALL.equals(type)) {
        return SvPart.ALL.equals(sizeBin) ? "All SVs" : "All " + bp(sizeBin);
      }
      return SvPart.ALL.equals(sizeBin) ? type : type + " " + bp(sizeBin);
    }

    /** The size bin in words: {@code 50-99 bp}, or {@code all sizes}. */
    String size() {
      return SvPart.ALL.equals(sizeBin) ? "all sizes" : bp(sizeBin);
    }

    private static String bp(String bin) {
      return bin + " bp";
    }
  }

  private SvCells() {
  }

  static List<Cell> of(List<SvPart> parts) {
    final Set<String> types = new LinkedHashSet<>(TYPES);
    final Set<Cell> present = new LinkedHashSet<>();
    present.add(new Cell(SvPart.ALL, SvPart.ALL));
    for (SvPart p : parts) {
      for (SvRow r : p.rows()) {
        if (SvPart.ALL.equals(r.stratum()) && r.any()) {
          types.add(r.type());
          present.add(new Cell(r.type(), r.sizeBin()));
        }
      }
    }
    final List<String> typeOrder = new ArrayList<>(types);
    final List<Cell> out = new ArrayList<>(present);
    out.sort(Comparator.comparingInt((Cell c) -> typeOrder.indexOf(c.type()))
        .thenComparingInt(c -> BINS.indexOf(c.sizeBin()) < 0 ? BINS.size() : BINS.indexOf(c.sizeBin())));
    return out;
  }

  /** The types with an ALL-size cell, in order (for the charts). */
  static List<String> types(List<Cell> cells) {
    return cells.stream().filter(c -> SvPart.ALL.equals(c.sizeBin())).map(Cell::type).toList();
  }
}
