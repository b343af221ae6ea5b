package org.openneighbourhood.portal.api;

import java.io.Serializable;

/**
 * A count of a report: its value, or suppressed, with why (SMALL: from 1 to below the threshold;
 * PROTECTS_SMALL: held back so that a small count cannot be worked out).
 */
public record ReportCell(Long value, Boolean suppressed, String reason) implements Serializable {

  public boolean isSuppressed() {
    return Boolean.TRUE.equals(suppressed) || value == null;
  }

  public boolean isSmall() {
    return isSuppressed() && "SMALL".equals(reason);
  }
}
