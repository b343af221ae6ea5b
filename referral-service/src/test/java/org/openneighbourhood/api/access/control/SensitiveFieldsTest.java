package org.openneighbourhood.api.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Decision;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.person.entity.Address;
import org.openneighbourhood.api.person.entity.EthnicCategory;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.person.entity.Sex;

/**
 * The sensitive fields of a person as {@link PersonView} shows them: for every role x every
 * relationship, the field is there exactly when the table's text says allow, and otherwise null and
 * named in {@code withheld}. Nothing sensitive is in any {@code toString}.
 */
class SensitiveFieldsTest {

  private static final String SECRET_LINE = "1 Hidden Lane";
  private static final String SECRET_NOTE = "Her brother must not know where she lives";

  // Fixed ids: a random one could print as "id=9..." and pass for the sex code the test looks for.
  private static Person person(boolean restricted) {
    Person person =
        new Person(
            UUID.fromString("00000000-0000-4000-8000-000000000001"),
            NhsNumber.parse("9990000018"),
            "Pat",
            "Example",
            LocalDate.of(1958, 4, 12),
            LocalDate.of(2025, 1, 1),
            Address.of(List.of(SECRET_LINE, "Northgate"), "ng1 5ab").orElseThrow(),
            restricted);
    Organisation surgery =
        new Organisation(
            UUID.fromString("00000000-0000-4000-8000-000000000002"),
            "riverside-surgery",
            "Riverside Surgery",
            Sector.GP_PRACTICE,
            "Y90001",
            null,
            null);
    person.addSafeguardingNote(SECRET_NOTE, "Gary Green", surgery, Instant.now());
    person.stateEthnicity(EthnicCategory.K, 0, Instant.now());
    person.stateSex(Sex.INDETERMINATE, 0, Instant.now());
    return person;
  }

  static Stream<Arguments> everyRoleAndRelationship() {
    List<Arguments> cells = new ArrayList<>();
    for (String role : Role.ALL) {
      for (Relationship relationship : Relationship.values()) {
        cells.add(Arguments.of(role, relationship));
      }
    }
    return cells.stream();
  }

  private static Access allowed(String role, Relationship relationship) {
    Caller caller = new Caller("u", "U", Set.of(role), List.of("org"), null, null);
    return new Access(
        PolicyTable.load(),
        null,
        caller,
        "org",
        Operation.PERSON_READ,
        Decision.ALLOW,
        relationship,
        null,
        null,
        null);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyRoleAndRelationship")
  void aPersonShowsTheFieldsTheTableAllows(String role, Relationship relationship) {
    Access access = allowed(role, relationship);
    boolean notes =
        PolicyTableText.fieldShown(Operation.FIELD_SAFEGUARDING_NOTES, role, relationship);
    boolean restrictedAddress =
        PolicyTableText.fieldShown(Operation.FIELD_RESTRICTED_ADDRESS, role, relationship);
    assertEquals(notes, access.sees(Operation.FIELD_SAFEGUARDING_NOTES));
    assertEquals(restrictedAddress, access.sees(Operation.FIELD_RESTRICTED_ADDRESS));
    boolean ethnicity = PolicyTableText.fieldShown(Operation.FIELD_ETHNICITY, role, relationship);
    assertEquals(ethnicity, access.sees(Operation.FIELD_ETHNICITY));
    boolean sex = PolicyTableText.fieldShown(Operation.FIELD_SEX, role, relationship);
    assertEquals(sex, access.sees(Operation.FIELD_SEX));

    PersonView restricted = PersonView.of(person(true), access);
    assertEquals(notes, restricted.safeguardingNotes() != null, "notes shown?");
    assertEquals(!notes, restricted.withheld().contains(PersonView.SAFEGUARDING_NOTES));
    assertEquals(restrictedAddress, restricted.address() != null, "restricted address shown?");
    assertEquals(!restrictedAddress, restricted.withheld().contains(PersonView.ADDRESS));
    assertEquals(Boolean.TRUE, restricted.restricted(), "everyone shown the person knows why");
    assertEquals(ethnicity, restricted.ethnicity() != null, "ethnic category shown?");
    assertEquals(!ethnicity, restricted.withheld().contains(PersonView.ETHNICITY));
    assertEquals(sex, restricted.sex() != null, "sex shown?");
    assertEquals(!sex, restricted.withheld().contains(PersonView.SEX));

    PersonView ordinary = PersonView.of(person(false), access);
    assertNotNull(ordinary.address(), "an address that is not restricted is an ordinary detail");
    assertFalse(ordinary.withheld().contains(PersonView.ADDRESS));
  }

  @Test
  void notesAndEthnicityAreWithheldByNameEvenWhenThereAreNone() {
    Person none =
        new Person(
            UUID.fromString("00000000-0000-4000-8000-000000000003"),
            NhsNumber.parse("9990000026"),
            "Peter",
            "Sample",
            LocalDate.of(1971, 9, 30),
            LocalDate.of(2025, 1, 1));
    PersonView view = PersonView.of(none, allowed(Role.VCFSE_STAFF, Relationship.RECEIVER));
    assertEquals(
        List.of(PersonView.SAFEGUARDING_NOTES, PersonView.ETHNICITY, PersonView.SEX),
        view.withheld());
    assertNull(view.address());
  }

  @Test
  void theAllowedSeeTheValuesAndNoToStringHoldsThem() {
    PersonView view = PersonView.of(person(true), allowed(Role.GP_STAFF, Relationship.CARE_TEAM));
    assertEquals(List.of(SECRET_LINE, "Northgate"), view.address().lines());
    assertEquals("NG1 5AB", view.address().postcode());
    assertEquals(SECRET_NOTE, view.safeguardingNotes().get(0).text());
    assertEquals("Riverside Surgery", view.safeguardingNotes().get(0).organisationName());
    assertEquals("K", view.ethnicity().category());
    assertEquals("ASIAN", view.ethnicity().group());
    assertEquals("9", view.sex().code());
    assertEquals("Neither male nor female", view.sex().label());
    assertTrue(view.withheld().isEmpty());
    for (Object printed :
        List.of(
            view,
            view.address(),
            view.safeguardingNotes(),
            view.ethnicity(),
            person(true).ethnicity().orElseThrow(),
            view.sex(),
            person(true).sex().orElseThrow(),
            person(true).address().orElseThrow(),
            person(true).safeguardingNotes())) {
      String text = printed.toString();
      assertFalse(
          text.contains("Hidden")
              || text.contains("brother")
              || text.contains("NG1")
              || text.contains("Bangladeshi")
              || text.contains("=K")
              || text.contains("Neither")
              || text.contains("=9"),
          () -> printed.getClass() + " prints a sensitive value");
    }
  }
}
