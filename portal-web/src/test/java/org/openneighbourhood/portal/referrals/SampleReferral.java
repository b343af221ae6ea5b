package org.openneighbourhood.portal.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.TimelineEntry;

/** A referral as the API shows it, from Northgate PCN to Green Minds' walks, for page tests. */
final class SampleReferral {

  private SampleReferral() {}

  static Referral of(
      String status,
      Person person,
      String declineReason,
      List<TimelineEntry> timeline,
      Instant respondBy,
      LocalDate answerBy) {
    return new Referral(
        UUID.randomUUID(),
        3L,
        status,
        person,
        UUID.randomUUID(),
        "Walking for wellbeing",
        UUID.randomUUID(),
        "Green Minds Wellbeing",
        UUID.randomUUID(),
        "Northgate Primary Care Network",
        false,
        "Lina Link",
        "Lonely since her husband died",
        null,
        "ROUTINE",
        true,
        Instant.parse("2025-06-03T09:10:00Z"),
        Instant.parse("2025-06-03T09:15:00Z"),
        respondBy,
        answerBy,
        false,
        null,
        declineReason,
        null,
        null,
        timeline,
        true,
        null,
        null,
        List.of(),
        List.of(),
        null);
  }
}
