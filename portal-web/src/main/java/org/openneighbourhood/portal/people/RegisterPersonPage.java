package org.openneighbourhood.portal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.NewPerson;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.ReferralApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/** Register a person the portal does not know yet. */
@Named
@RequestScoped
public class RegisterPersonPage {

  static final int MAX_NAME = 100;

  /** The API's property names to this page's fields. */
  static final Map<String, String> API_FIELDS =
      Map.of(
          "nhsNumber", "nhsNumber",
          "givenName", "givenName",
          "familyName", "familyName",
          "dateOfBirth", "dateOfBirth",
          "consentToRecord", "consentToRecord");

  @Inject ReferralApi api;

  private String nhsNumber;
  private String givenName;
  private String familyName;
  private String dobDay;
  private String dobMonth;
  private String dobYear;
  private boolean consentToRecord;
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
          api.registerPerson(
              new NewPerson(
                  NhsNumbers.digits(nhsNumber),
                  givenName.strip(),
                  familyName.strip(),
                  dob.date(),
                  true));
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

  public FormErrors getErrors() {
    return errors;
  }
}
