package org.openneighbourhood.api.reporting.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether tables suppressed together, some of whose totals are the same figures ({@link
 * CountTable#sharing}), still fix a hidden number through one another. Within one table the bridges
 * of {@link Suppression} say it exactly; across tables sharing more than their whole they do not
 * (protecting a count in one table may lean on a total that another table pins down), so this asks
 * the sums themselves: each hidden number is an unknown (the whole and a shared total one unknown
 * for all the tables), each row and column with its total an equation, and a number is fixed when,
 * in reduced row echelon form, an equation is left with it alone.
 *
 * <p>The equations are sparse (a count is in two of them, a total in two per table that publishes
 * it), so they are kept as maps and reduced one at a time against the ones already reduced: a few
 * thousand unknowns take milliseconds.
 */
final class Disclosure {

  private static final double ZERO = 1e-9;

  private Disclosure() {}

  /**
   * @param figures for each table, the figure each total is where other tables publish it too (see
   *     {@link Suppression}), else null
   * @return the table, row and column (of the grid with totals) of a hidden number that the
   *     published ones fix, or null when none is
   */
  static int[] firstDetermined(List<Visibility[][]> visibilities, List<String[][]> figures) {
    Map<String, Integer> unknowns = new HashMap<>();
    List<int[]> places = new ArrayList<>();
    for (int t = 0; t < visibilities.size(); t++) {
      Visibility[][] visibility = visibilities.get(t);
      for (int r = 0; r < visibility.length; r++) {
        for (int c = 0; c < visibility[r].length; c++) {
          if (visibility[r][c].suppressed()) {
            String key = key(t, r, c, visibility, figures.get(t));
            if (!unknowns.containsKey(key)) {
              unknowns.put(key, places.size());
              places.add(new int[] {t, r, c});
            }
          }
        }
      }
    }
    if (places.isEmpty()) {
      return null;
    }
    Echelon echelon = new Echelon();
    for (int t = 0; t < visibilities.size(); t++) {
      Visibility[][] visibility = visibilities.get(t);
      String[][] figure = figures.get(t);
      int height = visibility.length;
      int width = visibility[0].length;
      for (int r = 0; r < height; r++) {
        Map<Integer, Double> equation = new HashMap<>();
        for (int c = 0; c < width; c++) {
          if (visibility[r][c].suppressed()) {
            equation.merge(
                unknowns.get(key(t, r, c, visibility, figure)),
                c == width - 1 ? -1.0 : 1.0,
                Double::sum);
          }
        }
        echelon.add(equation);
      }
      for (int c = 0; c < width; c++) {
        Map<Integer, Double> equation = new HashMap<>();
        for (int r = 0; r < height; r++) {
          if (visibility[r][c].suppressed()) {
            equation.merge(
                unknowns.get(key(t, r, c, visibility, figure)),
                r == height - 1 ? -1.0 : 1.0,
                Double::sum);
          }
        }
        echelon.add(equation);
      }
    }
    Integer fixed = echelon.firstAlone(places.size());
    return fixed == null ? null : places.get(fixed);
  }

  /** The whole and each shared total are one unknown for every table; the rest their own. */
  private static String key(int t, int r, int c, Visibility[][] visibility, String[][] figures) {
    if (r == visibility.length - 1 && c == visibility[0].length - 1) {
      return "whole";
    }
    if (figures[r][c] != null) {
      return "figure:" + figures[r][c];
    }
    return t + ":" + r + ":" + c;
  }

  /**
   * Equations in reduced row echelon form, added one at a time: each kept equation has a pivot, an
   * unknown with coefficient 1 there and in no other kept equation.
   */
  private static final class Echelon {

    private final Map<Integer, Map<Integer, Double>> byPivot = new HashMap<>();

    void add(Map<Integer, Double> equation) {
      for (Integer unknown : new ArrayList<>(equation.keySet())) {
        Map<Integer, Double> pivotRow = byPivot.get(unknown);
        Double coefficient = equation.get(unknown);
        if (pivotRow != null && coefficient != null) {
          subtract(equation, coefficient, pivotRow);
        }
      }
      int pivot = -1;
      for (Integer unknown : equation.keySet()) {
        if (pivot < 0 || unknown < pivot) {
          pivot = unknown;
        }
      }
      if (pivot < 0) {
        return; // it follows from the others
      }
      double scale = equation.get(pivot);
      equation.replaceAll((unknown, coefficient) -> coefficient / scale);
      equation.put(pivot, 1.0);
      for (Map<Integer, Double> row : byPivot.values()) {
        Double coefficient = row.get(pivot);
        if (coefficient != null) {
          subtract(row, coefficient, equation);
        }
      }
      byPivot.put(pivot, equation);
    }

    /** {@code row -= factor * other}, dropping what cancels. */
    private static void subtract(
        Map<Integer, Double> row, double factor, Map<Integer, Double> other) {
      for (Map.Entry<Integer, Double> term : other.entrySet()) {
        double value = row.getOrDefault(term.getKey(), 0.0) - factor * term.getValue();
        if (Math.abs(value) < ZERO) {
          row.remove(term.getKey());
        } else {
          row.put(term.getKey(), value);
        }
      }
    }

    /** The first unknown an equation holds alone (the equations fix it), or null. */
    Integer firstAlone(int unknowns) {
      for (int unknown = 0; unknown < unknowns; unknown++) {
        Map<Integer, Double> row = byPivot.get(unknown);
        if (row != null && row.size() == 1) {
          return unknown;
        }
      }
      return null;
    }
  }
}
