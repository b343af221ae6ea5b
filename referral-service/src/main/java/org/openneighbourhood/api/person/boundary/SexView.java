package org.openneighbourhood.api.person.boundary;

import java.time.Instant;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.person.entity.SexRecord;

/**
 * A person's sex as the API shows it to whom the access policy allows ({@code field.sex}): the NHS
 * Data Dictionary's "Person Stated Gender Code" ({@code code}: 1, 2, 9, or X for "not known", the
 * person would rather not say; null when not recorded), its label, who recorded it ({@code source}
 * PERSON or STAFF_WITH_AGREEMENT, with the member of staff's name and organisation) and when.
 * {@code version} is always given, recorded or not: a change sends it back in If-Match.
 *
 * <p>{@code toString} holds no personal data.
 */
public record SexView(
    String code,
    String label,
    String source,
    String recordedBy,
    String recorderOrganisation,
    Instant recordedAt,
    long version) {

  static SexView of(Person person) {
    SexRecord record = person.sex().orElse(null);
    if (record == null) {
      return new SexView(null, null, null, null, null, null, person.sexVersion());
    }
    return new SexView(
        record.sex().code(),
        record.sex().label(),
        record.source().name(),
        record.recordedBy(),
        record.recorderOrganisation(),
        record.recordedAt(),
        person.sexVersion());
  }

  @Override
  public String toString() {
    return "SexView[version=" + version + "]";
  }
}
