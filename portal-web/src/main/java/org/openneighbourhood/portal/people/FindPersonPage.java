package org.openneighbourhood.portal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.PeopleApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/** Find a person by NHS number; offer to register them when no one has that number yet. */
@Named
@RequestScoped
public class FindPersonPage {

  @Inject PeopleApi peopleApi;

  private String nhsNumber;
  private String notFoundDigits;
  private String notSharedDigits;
  private final FormErrors errors = new FormErrors();

  public String find() {
    Optional<String> problem = NhsNumbers.problem(nhsNumber);
    if (problem.isPresent()) {
      errors.add("nhsNumber", problem.get());
      return null;
    }
    String digits = NhsNumbers.digits(nhsNumber);
    try {
      Person person = peopleApi.findPerson(digits);
      if (!person.shared()) {
        notSharedDigits = digits;
        return null;
      }
      return Pages.redirect("/people/person.xhtml", "id", person.id());
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        notFoundDigits = digits;
        return null;
      }
      if (e.status() == 400) {
        errors.addProblem(e, Map.of("nhsNumber", "nhsNumber"));
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

  public boolean isNotFound() {
    return notFoundDigits != null;
  }

  /** Registered, but not shared with the caller's organisation: their details are withheld. */
  public boolean isNotShared() {
    return notSharedDigits != null;
  }

  public String getNotSharedNumber() {
    return NhsNumbers.format(notSharedDigits);
  }

  public String getNotFoundDigits() {
    return notFoundDigits;
  }

  public String getNotFoundNumber() {
    return NhsNumbers.format(notFoundDigits);
  }

  public FormErrors getErrors() {
    return errors;
  }
}
