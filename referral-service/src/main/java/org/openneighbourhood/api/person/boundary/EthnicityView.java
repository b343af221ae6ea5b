package org.openneighbourhood.api.person.boundary;

import java.time.Instant;
import org.openneighbourhood.api.person.entity.EthnicityRecord;
import org.openneighbourhood.api.person.entity.Person;

/**
 * A person's ethnic category as the API shows it to whom the access policy allows ({@code
 * field.ethnicity}): the NHS Data Dictionary code ({@code category}, null when not recorded; Z is
 * "not stated"), its label, its high-level group, who recorded it ({@code source} PERSON or
 * STAFF_WITH_AGREEMENT, with the member of staff's name and organisation) and when. {@code version}
 * is always given, recorded or not: a change sends it back in If-Match.
 *
 * <p>{@code toString} holds no personal data.
 */
public record EthnicityView(
    String category,
    String label,
    String group,
    String groupLabel,
    String source,
    String recordedBy,
    String recorderOrganisation,
    Instant recordedAt,
    long version) {

  static EthnicityView of(Person person) {
    EthnicityRecord record = person.ethnicity().orElse(null);
    if (record == null) {
      return new EthnicityView(
          null, null, null, null, null, null, null, null, person.ethnicityVersion());
    }
    return new EthnicityView(
        record.category().code(),
        record.category().label(),
        record.category().group().name(),
        record.category().group().label(),
        record.source().name(),
        record.recordedBy(),
        record.recorderOrganisation(),
        record.recordedAt(),
        person.ethnicityVersion());
  }

  @Override
  public String toString() {
    return "EthnicityView[version=" + version + "]";
  }
}
