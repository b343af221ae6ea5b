package org.openneighbourhood.api.reporting.boundary;

import org.openneighbourhood.api.reporting.entity.Cell;
import org.openneighbourhood.api.reporting.entity.Visibility;

/**
 * A count as published: its {@code value}, or {@code suppressed: true} with why ({@code SMALL}:
 * from 1 to below the threshold, "fewer than 8"; {@code PROTECTS_SMALL}: held back so that a small
 * one cannot be worked out, any size). A suppressed count's value never leaves the service.
 */
public record CellView(Long value, Boolean suppressed, Visibility reason) {

  static CellView of(Cell cell) {
    return cell.suppressed()
        ? new CellView(null, true, cell.visibility())
        : new CellView(cell.count(), null, null);
  }
}
