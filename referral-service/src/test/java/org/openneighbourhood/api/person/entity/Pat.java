package org.openneighbourhood.api.person.entity;

import java.time.LocalDate;
import java.util.UUID;

/** The person the entity tests act on: a new, valid record with nothing else on it. */
final class Pat {

  private Pat() {}

  static Person registered() {
    return new Person(
        UUID.randomUUID(),
        NhsNumber.parse("9990000018"),
        "Pat",
        "Example",
        LocalDate.of(1980, 1, 2),
        LocalDate.of(2026, 12, 5));
  }
}
