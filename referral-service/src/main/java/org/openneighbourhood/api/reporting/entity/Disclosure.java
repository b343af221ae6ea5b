package org.openneighbourhood.api.reporting.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether tables suppressed together, whose column totals are shared by the tables with the same
 * columns, still fix a hidden number through one another. Within one table the bridges of {@link
 * Suppression} say it exactly; across tables sharing more than their whole they do not (protecting
 * a count in one table may lean on a column total that another table pins down), so this asks the
 * sums themselves: each hidden number is an unknown (the whole and a shared column total one
 * unknown for all the tables), each row and column with its total an equation, and a number is
 * fixed when, after Gaussian elimination, an equation is left with it alone.
 */
final class Disclosure {

  private static final double ZERO = 1e-9;

  private Disclosure() {}

  /**
   * @return the table, row and column (of the grid with totals) of a hidden number that the
   *     published ones fix, or null when none is
   */
  static int[] firstDetermined(
      List<CountTable> tables, List<long[][]> grids, List<Visibility[][]> visibilities) {
    Map<String, Integer> unknowns = new HashMap<>();
    Map<Integer, int[]> places = new HashMap<>();
    for (int t = 0; t < tables.size(); t++) {
      Visibility[][] visibility = visibilities.get(t);
      for (int r = 0; r < visibility.length; r++) {
        for (int c = 0; c < visibility[r].length; c++) {
          if (visibility[r][c].suppressed()) {
            String key = key(tables.get(t), t, r, c, visibility);
            if (!unknowns.containsKey(key)) {
              places.put(unknowns.size(), new int[] {t, r, c});
              unknowns.put(key, unknowns.size());
            }
          }
        }
      }
    }
    int n = unknowns.size();
    if (n == 0) {
      return null;
    }
    java.util.List<double[]> equations = new java.util.ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Visibility[][] visibility = visibilities.get(t);
      int height = visibility.length;
      int width = visibility[0].length;
      for (int r = 0; r < height; r++) {
        double[] equation = new double[n];
        for (int c = 0; c < width; c++) {
          if (visibility[r][c].suppressed()) {
            equation[unknowns.get(key(tables.get(t), t, r, c, visibility))] +=
                c == width - 1 ? -1 : 1;
          }
        }
        equations.add(equation);
      }
      for (int c = 0; c < width; c++) {
        double[] equation = new double[n];
        for (int r = 0; r < height; r++) {
          if (visibility[r][c].suppressed()) {
            equation[unknowns.get(key(tables.get(t), t, r, c, visibility))] +=
                r == height - 1 ? -1 : 1;
          }
        }
        equations.add(equation);
      }
    }
    double[][] matrix = equations.toArray(new double[0][]);
    int rank = 0;
    for (int column = 0; column < n && rank < matrix.length; column++) {
      int pivot = rank;
      for (int e = rank + 1; e < matrix.length; e++) {
        if (Math.abs(matrix[e][column]) > Math.abs(matrix[pivot][column])) {
          pivot = e;
        }
      }
      if (Math.abs(matrix[pivot][column]) < ZERO) {
        continue;
      }
      double[] swap = matrix[pivot];
      matrix[pivot] = matrix[rank];
      matrix[rank] = swap;
      for (int e = 0; e < matrix.length; e++) {
        if (e != rank && Math.abs(matrix[e][column]) >= ZERO) {
          double factor = matrix[e][column] / matrix[rank][column];
          for (int v = 0; v < n; v++) {
            matrix[e][v] -= factor * matrix[rank][v];
          }
        }
      }
      rank++;
    }
    for (int e = 0; e < rank; e++) {
      int only = -1;
      int nonZero = 0;
      for (int v = 0; v < n; v++) {
        if (Math.abs(matrix[e][v]) >= ZERO) {
          nonZero++;
          only = v;
        }
      }
      if (nonZero == 1) {
        return places.get(only);
      }
    }
    return null;
  }

  /** The whole and each shared column total are one unknown for every table; the rest their own. */
  private static String key(CountTable table, int t, int r, int c, Visibility[][] visibility) {
    int height = visibility.length;
    int width = visibility[0].length;
    if (r == height - 1 && c == width - 1) {
      return "whole";
    }
    if (r == height - 1) {
      return "column:" + Suppression.columnTotalKey(table, c);
    }
    return t + ":" + r + ":" + c;
  }
}
