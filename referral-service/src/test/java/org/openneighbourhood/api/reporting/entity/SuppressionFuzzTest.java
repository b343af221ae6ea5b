package org.openneighbourhood.api.reporting.entity;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Any tables of counts, alone or linked by one whole, published with their totals after
 * suppression: every small count is hidden and none can be worked out (see {@link
 * SuppressionProperty}).
 */
class SuppressionFuzzTest {

  @FuzzTest
  void noHiddenCountCanBeWorkedOut(FuzzedDataProvider data) {
    Suppression suppression = new Suppression(data.consumeInt(1, 12));
    int height = data.consumeInt(1, 7);
    int width = data.consumeInt(1, 7);
    long[][] first = new long[height][width];
    long whole = 0;
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        first[r][c] = data.consumeInt(0, 60);
        whole += first[r][c];
      }
    }
    List<CountTable> tables = new ArrayList<>();
    tables.add(SuppressionProperty.table(first));
    int others = data.consumeInt(0, 2);
    for (int t = 0; t < others; t++) {
      int otherHeight = data.consumeInt(1, 5);
      int otherWidth = data.consumeInt(1, 5);
      long[][] counts = new long[otherHeight][otherWidth];
      long left = whole;
      for (int r = 0; r < otherHeight && left > 0; r++) {
        for (int c = 0; c < otherWidth && left > 0; c++) {
          long part = data.consumeLong(0, left);
          counts[r][c] = part;
          left -= part;
        }
      }
      counts[otherHeight - 1][otherWidth - 1] += left;
      tables.add(SuppressionProperty.table(counts));
    }
    SuppressionProperty.holds(suppression, tables);
  }
}
