package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's sex as the API shows it to whom the access policy allows: the NHS stated gender code
 * ({@code code}: 1 male, 2 female, 9 neither male nor female, X when the person would rather not
 * say; null when not recorded), its label, who recorded it ({@code source}: PERSON or
 * STAFF_WITH_AGREEMENT, with the staff member's name and organisation) and when; {@code version} is
 * sent back in If-Match with a change. {@code toString} prints nothing personal.
 */
public record Sex(
    String code,
    String label,
    String source,
    String recordedBy,
    String recorderOrganisation,
    Instant recordedAt,
    long version)
    implements Serializable {

  static final String NOT_KNOWN = "X";

  public boolean isRecorded() {
    return code != null;
  }

  /** The person chose "I would rather not say": an answer, unlike nothing recorded. */
  public boolean isNotStated() {
    return NOT_KNOWN.equals(code);
  }

  /** Recorded by a member of staff (with the person's agreement), not by the person. */
  public boolean isRecordedByStaff() {
    return "STAFF_WITH_AGREEMENT".equals(source);
  }

  @Override
  public String toString() {
    return "Sex[version=" + version + "]";
  }
}
