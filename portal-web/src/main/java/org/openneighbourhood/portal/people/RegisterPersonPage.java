package org.openneighbourhood.portal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.NewPerson;
import org.openneighbourhood.portal.api.NewPerson.NewAddress;
import org.openneighbourhood.portal.api.PeopleApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * Register a person the portal does not know yet, with their address if known and whether their
 * record is restricted (then only those the access policy allows are shown the address).
 */
@Named
@RequestScoped
public class RegisterPersonPage {

  static final int MAX_NAME = 100;
  static final int MAX_ADDRESS_LINE = 100;

  /** The API's property names to this page's fields. */
  static final Map<String, String> API_FIELDS =
      Map.of(
          "nhsNumber", "nhsNumber",
          "givenName", "givenName",
          "familyName", "familyName",
          "dateOfBirth", "dateOfBirth",
          "consentToRecord", "consentToRecord",
          "address.lines", "addressLine1",
          "address.postcode", "postcode",
          "restricted", "restricted");

  @Inject PeopleApi peopleApi;

  private String nhsNumber;
  private String givenName;
  private String familyName;
  private String dobDay;
  private String dobMonth;
  private String dobYear;
  private boolean consentToRecord;
  private String addressLine1;
  private String addressLine2;
  private String town;
  private String postcode;
  private boolean restricted;
  private final FormErrors errors = new FormErrors(Map.of("dateOfBirth", "dob-day"));

  public String register() {
    Optional<String> nhsProblem = NhsNumbers.problem(nhsNumber);
    nhsProblem.ifPresent(message -> errors.add("nhsNumber", message));
    errors.checkName("givenName", givenName, "first name", MAX_NAME);
    errors.checkName("familyName", familyName, "last name", MAX_NAME);
    DateOfBirth dob =
        DateOfBirth.parse(dobDay, dobMonth, dobYear, LocalDate.now(ZoneId.of("Europe/London")));
    if (!dob.isValid()) {
      errors.add("dateOfBirth", dob.problem());
    }
    NewAddress address = checkAddress();
    restricted = "true".equals(Pages.parameter("restricted"));
    consentToRecord = "true".equals(Pages.parameter("consentToRecord"));
    if (!consentToRecord) {
      errors.add(
          "consentToRecord", "Confirm they agree to your organisation keeping a record about them");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      Person person =
          peopleApi.registerPerson(
              new NewPerson(
                  NhsNumbers.digits(nhsNumber),
                  givenName.strip(),
                  familyName.strip(),
                  dob.date(),
                  true,
                  address,
                  restricted));
      return Pages.redirect("/people/person.xhtml", "id", person.id());
    } catch (ApiProblemException e) {
      if (e.is(409, "person-already-registered")) {
        errors.add("nhsNumber", "Someone with this NHS number is already registered");
        return null;
      }
      if (e.status() == 400) {
        errors.addProblem(e, API_FIELDS);
        return null;
      }
      throw e;
    }
  }

  /** The address as typed, or null when none was; blank lines are left out. */
  private NewAddress checkAddress() {
    List<String> lines =
        Stream.of(addressLine1, addressLine2, town)
            .map(line -> line == null ? "" : line.strip())
            .filter(line -> !line.isEmpty())
            .toList();
    boolean noPostcode = postcode == null || postcode.isBlank();
    if (lines.isEmpty() && noPostcode) {
      return null;
    }
    if (addressLine1 == null || addressLine1.isBlank()) {
      errors.add("addressLine1", "Enter the first line of their address");
    }
    checkLine("addressLine1", addressLine1, "Address line 1");
    checkLine("addressLine2", addressLine2, "Address line 2");
    checkLine("town", town, "Town or city");
    Postcodes.problem(postcode).ifPresent(message -> errors.add("postcode", message));
    return new NewAddress(lines, noPostcode ? "" : postcode.strip());
  }

  private void checkLine(String field, String value, String words) {
    if (value != null && value.strip().length() > MAX_ADDRESS_LINE) {
      errors.add(field, words + " must be " + MAX_ADDRESS_LINE + " characters or fewer");
    }
  }

  public String getNhsNumber() {
    return nhsNumber;
  }

  public void setNhsNumber(String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getDobDay() {
    return dobDay;
  }

  public void setDobDay(String dobDay) {
    this.dobDay = dobDay;
  }

  public String getDobMonth() {
    return dobMonth;
  }

  public void setDobMonth(String dobMonth) {
    this.dobMonth = dobMonth;
  }

  public String getDobYear() {
    return dobYear;
  }

  public void setDobYear(String dobYear) {
    this.dobYear = dobYear;
  }

  public boolean isConsentToRecord() {
    return consentToRecord;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public boolean isRestricted() {
    return restricted;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
