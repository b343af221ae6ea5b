package org.openneighbourhood.api.person.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.person.entity.Address;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.person.entity.SafeguardingNote;

/**
 * A person as the API shows them. {@code shared} is false when the access policy masks them: then
 * only what the caller already knew (the id, and the NHS number they searched for) is shown.
 *
 * <p>A shared person's sensitive fields are shown only when the access that decided the request
 * {@linkplain Access#sees sees} them; a withheld one is null and named in {@code withheld} ({@value
 * #ADDRESS}, {@value #SAFEGUARDING_NOTES}, {@value #ETHNICITY}, {@value #SEX}), so a page can say
 * something is withheld without knowing what. The safeguarding notes, the ethnic category and the
 * sex are named there whenever they are withheld, whether there is one or not: that there is one
 * says something too. The address is withheld only on a {@code restricted} record; anyone shown the
 * person is shown an ordinary address.
 *
 * <p>{@code toString} holds no personal data, so a view that reaches a log line discloses nothing.
 */
public record PersonView(
    UUID id,
    String nhsNumber,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    boolean shared,
    AddressView address,
    Boolean restricted,
    List<SafeguardingNoteView> safeguardingNotes,
    EthnicityView ethnicity,
    SexView sex,
    List<String> withheld) {

  public static final String ADDRESS = "address";
  public static final String SAFEGUARDING_NOTES = "safeguardingNotes";
  public static final String ETHNICITY = "ethnicity";
  public static final String SEX = "sex";

  /** Where the person lives, as lines and a postcode. */
  public record AddressView(List<String> lines, String postcode) {

    static AddressView of(Address address) {
      return new AddressView(address.lines(), address.postcode());
    }

    @Override
    public String toString() {
      return "AddressView[not shown]";
    }
  }

  /** One safeguarding note: what, who, for which organisation, when (UTC). */
  public record SafeguardingNoteView(
      UUID id,
      String text,
      String writtenBy,
      UUID organisationId,
      String organisationName,
      Instant writtenAt) {

    static SafeguardingNoteView of(SafeguardingNote note) {
      return new SafeguardingNoteView(
          note.id(),
          note.text(),
          note.writtenBy(),
          note.organisationId(),
          note.organisationName(),
          note.writtenAt());
    }

    @Override
    public String toString() {
      return "SafeguardingNoteView[" + id + "]";
    }
  }

  /** The person as {@code access} may see them: every sensitive field decided by it. */
  public static PersonView of(Person person, Access access) {
    List<String> withheld = new ArrayList<>();
    AddressView address = null;
    if (!person.restricted() || access.sees(Operation.FIELD_RESTRICTED_ADDRESS)) {
      address = person.address().map(AddressView::of).orElse(null);
    } else {
      withheld.add(ADDRESS);
    }
    List<SafeguardingNoteView> notes = null;
    if (access.sees(Operation.FIELD_SAFEGUARDING_NOTES)) {
      notes = person.safeguardingNotes().stream().map(SafeguardingNoteView::of).toList();
    } else {
      withheld.add(SAFEGUARDING_NOTES);
    }
    EthnicityView ethnicity = null;
    if (access.sees(Operation.FIELD_ETHNICITY)) {
      ethnicity = EthnicityView.of(person);
    } else {
      withheld.add(ETHNICITY);
    }
    SexView sex = null;
    if (access.sees(Operation.FIELD_SEX)) {
      sex = SexView.of(person);
    } else {
      withheld.add(SEX);
    }
    return new PersonView(
        person.id(),
        person.nhsNumber().value(),
        person.givenName(),
        person.familyName(),
        person.dateOfBirth(),
        true,
        address,
        person.restricted(),
        notes,
        ethnicity,
        sex,
        List.copyOf(withheld));
  }

  /** Found by the NHS number the caller typed, but not shared with their organisation. */
  public static PersonView found(Person person) {
    return new PersonView(
        person.id(),
        person.nhsNumber().value(),
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  /** Someone the caller may not know about: nothing about them at all. */
  public static PersonView hidden() {
    return new PersonView(
        null, null, null, null, null, false, null, null, null, null, null, List.of());
  }

  @Override
  public String toString() {
    return "PersonView[id=" + id + ", shared=" + shared + ", withheld=" + withheld + "]";
  }
}
