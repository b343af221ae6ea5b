package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person as the API shows them. When {@code shared} is false the API withheld who they are: the
 * person is known, but not shared with the caller's organisation. Sensitive fields the access
 * policy does not show this user are null and named in {@code withheld} ("address",
 * "safeguardingNotes", "ethnicity", "sex"). {@code toString} prints nothing personal.
 */
public record Person(
    UUID id,
    String nhsNumber,
    String givenName,
    String familyName,
    LocalDate dateOfBirth,
    boolean shared,
    Address address,
    Boolean restricted,
    List<SafeguardingNote> safeguardingNotes,
    Ethnicity ethnicity,
    Sex sex,
    List<String> withheld)
    implements Serializable {

  static final String ADDRESS = "address";
  static final String SAFEGUARDING_NOTES = "safeguardingNotes";
  static final String ETHNICITY = "ethnicity";
  static final String SEX = "sex";

  public String fullName() {
    return shared ? givenName + " " + familyName : "Details withheld";
  }

  /** A restricted record: the address is shown only to whom the policy allows. */
  public boolean isRestrictedRecord() {
    return Boolean.TRUE.equals(restricted);
  }

  public boolean isAddressWithheld() {
    return withheldOrEmpty().contains(ADDRESS);
  }

  public boolean isSafeguardingNotesWithheld() {
    return withheldOrEmpty().contains(SAFEGUARDING_NOTES);
  }

  /** Their ethnic group is not shown to this user (whether or not one is recorded). */
  public boolean isEthnicityWithheld() {
    return ethnicity == null || withheldOrEmpty().contains(ETHNICITY);
  }

  /** Their sex is not shown to this user (whether or not one is recorded). */
  public boolean isSexWithheld() {
    return sex == null || withheldOrEmpty().contains(SEX);
  }

  /** Something about this person is not shown to the user's role (never what it is). */
  public boolean isSomethingWithheld() {
    return !withheldOrEmpty().isEmpty();
  }

  public List<SafeguardingNote> safeguardingNotesOrEmpty() {
    return safeguardingNotes == null ? List.of() : safeguardingNotes;
  }

  private List<String> withheldOrEmpty() {
    return withheld == null ? List.of() : withheld;
  }

  @Override
  public String toString() {
    return "Person[id=" + id + ", shared=" + shared + ", withheld=" + withheld + "]";
  }
}
