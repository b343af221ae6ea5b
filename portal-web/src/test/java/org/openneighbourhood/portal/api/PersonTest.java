package org.openneighbourhood.portal.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonTest {

  private static final Ethnicity KNOWN =
      new Ethnicity(
          "J", "Pakistani", "ASIAN", "Asian or Asian British", "PERSON", null, null, null, 2);

  private static final Sex FEMALE = new Sex("2", "Female", "PERSON", null, null, null, 5);

  private static Person person(Address address, List<SafeguardingNote> notes, List<String> held) {
    return person(address, notes, held.contains("ethnicity") ? null : KNOWN, held);
  }

  private static Person person(
      Address address, List<SafeguardingNote> notes, Ethnicity ethnicity, List<String> held) {
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
        ethnicity,
        held != null && held.contains("sex") ? null : FEMALE,
        held);
  }

  @Test
  void saysWhatIsWithheldWithoutKnowingWhatItIs() {
    Person forAVolunteer =
        person(null, null, List.of("address", "safeguardingNotes", "ethnicity", "sex"));
    assertTrue(forAVolunteer.isAddressWithheld());
    assertTrue(forAVolunteer.isSafeguardingNotesWithheld());
    assertTrue(forAVolunteer.isSomethingWithheld());
    assertTrue(forAVolunteer.safeguardingNotesOrEmpty().isEmpty());
    assertTrue(forAVolunteer.isEthnicityWithheld());
    assertTrue(forAVolunteer.isSexWithheld());

    Person forTheirGp =
        person(new Address(List.of("1 Canal Street"), "NG2 4HT"), List.of(), KNOWN, null);
    assertFalse(forTheirGp.isSomethingWithheld());
    assertFalse(forTheirGp.isEthnicityWithheld());
    assertFalse(forTheirGp.isSexWithheld());
    assertTrue(forTheirGp.isRestrictedRecord());
  }

  @Test
  void notRecordedAndRatherNotSayAreTwoThings() {
    Ethnicity none = new Ethnicity(null, null, null, null, null, null, null, null, 3);
    Ethnicity ratherNot =
        new Ethnicity("Z", "Not stated", "NOT_STATED", "Not stated", "PERSON", null, null, null, 4);
    assertFalse(none.isRecorded());
    assertFalse(none.isNotStated());
    assertTrue(ratherNot.isRecorded());
    assertTrue(ratherNot.isNotStated());
    Sex noSex = new Sex(null, null, null, null, null, null, 0);
    Sex ratherNotSay = new Sex("X", "Not known", "PERSON", null, null, null, 1);
    assertFalse(noSex.isRecorded());
    assertFalse(noSex.isNotStated());
    assertTrue(ratherNotSay.isRecorded());
    assertTrue(ratherNotSay.isNotStated());
    assertFalse(FEMALE.isNotStated());
  }

  @Test
  void printsNothingSensitive() {
    SafeguardingNote note =
        new SafeguardingNote(
            UUID.randomUUID(), "Secret note", "Gary Green", UUID.randomUUID(), "R", Instant.now());
    Person person =
        person(new Address(List.of("Secret Lane"), "NG2 4HT"), List.of(note), List.of());
    for (Object printed : List.of(person, person.address(), note, KNOWN, FEMALE)) {
      assertFalse(printed.toString().contains("Female"), printed.getClass().getName());
      assertFalse(printed.toString().contains("Secret"), printed.getClass().getName());
      assertFalse(printed.toString().contains("Pakistani"), printed.getClass().getName());
      assertFalse(printed.toString().contains("NG2"), printed.getClass().getName());
    }
  }
}
