package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's ethnic group as the API shows it to whom the access policy allows: the NHS ethnic
 * category code ({@code category}, null when not recorded; Z when the person would rather not say),
 * its label and group, who recorded it ({@code source}: PERSON or STAFF_WITH_AGREEMENT, with the
 * staff member's name and organisation) and when; {@code version} is sent back in If-Match with a
 * change. {@code toString} prints nothing personal.
 */
public record Ethnicity(
    String category,
    String label,
    String group,
    String groupLabel,
    String source,
    String recordedBy,
    String recorderOrganisation,
    Instant recordedAt,
    long version)
    implements Serializable {

  static final String NOT_STATED = "Z";

  public boolean isRecorded() {
    return category != null;
  }

  /** The person chose "I would rather not say": an answer, unlike nothing recorded. */
  public boolean isNotStated() {
    return NOT_STATED.equals(category);
  }

  /** Recorded by a member of staff (with the person's agreement), not by the person. */
  public boolean isRecordedByStaff() {
    return "STAFF_WITH_AGREEMENT".equals(source);
  }

  @Override
  public String toString() {
    return "Ethnicity[version=" + version + "]";
  }
}
