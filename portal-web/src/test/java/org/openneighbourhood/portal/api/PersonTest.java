package org.openneighbourhood.portal.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonTest {

  private static Person person(Address address, List<SafeguardingNote> notes, List<String> held) {
    return new Person(
        UUID.randomUUID(),
        "9990000026",
        "Peter",
        "Sample",
        LocalDate.of(1971, 9, 30),
        true,
        address,
        true,
        notes,
        held);
  }

  @Test
  void saysWhatIsWithheldWithoutKnowingWhatItIs() {
    Person forAVolunteer = person(null, null, List.of("address", "safeguardingNotes"));
    assertTrue(forAVolunteer.isAddressWithheld());
    assertTrue(forAVolunteer.isSafeguardingNotesWithheld());
    assertTrue(forAVolunteer.isSomethingWithheld());
    assertTrue(forAVolunteer.safeguardingNotesOrEmpty().isEmpty());

    Person forTheirGp = person(new Address(List.of("1 Canal Street"), "NG2 4HT"), List.of(), null);
    assertFalse(forTheirGp.isSomethingWithheld());
    assertTrue(forTheirGp.isRestrictedRecord());
  }

  @Test
  void printsNothingSensitive() {
    SafeguardingNote note =
        new SafeguardingNote(
            UUID.randomUUID(), "Secret note", "Gary Green", UUID.randomUUID(), "R", Instant.now());
    Person person =
        person(new Address(List.of("Secret Lane"), "NG2 4HT"), List.of(note), List.of());
    for (Object printed : List.of(person, person.address(), note)) {
      assertFalse(printed.toString().contains("Secret"), printed.getClass().getName());
      assertFalse(printed.toString().contains("NG2"), printed.getClass().getName());
    }
  }
}
