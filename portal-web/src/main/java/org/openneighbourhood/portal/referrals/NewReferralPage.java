package org.openneighbourhood.portal.referrals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.NewReferral;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralApi;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/** Refer a person to a service from the directory. */
@Named
@ViewScoped
public class NewReferralPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_REASON = 2000;

  static final Map<String, String> API_FIELDS =
      Map.of(
          "serviceId", "service",
          "reason", "reason",
          "urgency", "urgency",
          "consentToShare", "consentToShare");

  @Inject ReferralApi api;

  private String personParam;
  private Person person;
  private List<Service> services = List.of();
  private String service = "";
  private String reason;
  private String urgency = "";
  private boolean consentToShare;
  private final FormErrors errors = new FormErrors();

  public void load() {
    Optional<UUID> personId = Pages.idOrNotFound(personParam);
    if (personId.isEmpty()) {
      return;
    }
    person = api.person(personId.get());
    services = api.services();
    setAnchors();
  }

  private void setAnchors() {
    services.stream()
        .filter(s -> !s.isPaused())
        .findFirst()
        .or(() -> services.stream().findFirst())
        .ifPresent(s -> errors.setAnchor("service", "service-" + s.id()));
    errors.setAnchor("urgency", "urgency-routine");
  }

  public String send() {
    errors.clear();
    service = Pages.parameter("service");
    urgency = Pages.parameter("urgency");
    consentToShare = "true".equals(Pages.parameter("consentToShare"));
    Optional<UUID> serviceId = Pages.uuid(service);
    if (serviceId.isEmpty()) {
      errors.add("service", "Choose a service");
    }
    if (reason == null || reason.isBlank()) {
      errors.add("reason", "Enter why you are referring them");
    } else if (reason.strip().length() > MAX_REASON) {
      errors.add("reason", "The reason must be " + MAX_REASON + " characters or fewer");
    }
    if (!"ROUTINE".equals(urgency) && !"URGENT".equals(urgency)) {
      errors.add("urgency", "Select how urgent it is");
    }
    if (!consentToShare) {
      errors.add("consentToShare", "Confirm they agree to share this information with the service");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      Referral referral =
          api.sendReferral(
              new NewReferral(person.id(), serviceId.get(), reason.strip(), urgency, true));
      return Pages.redirect("/referrals/referral.xhtml", "id", referral.id());
    } catch (ApiProblemException e) {
      if (e.is(409, "service-not-accepting")) {
        errors.add("service", "This service is not taking referrals at the moment. Choose another");
        services = api.services();
        return null;
      }
      if (e.status() == 400 || e.status() == 403) {
        errors.addProblem(e, API_FIELDS);
        return null;
      }
      throw e;
    }
  }

  public boolean isChecked(Service candidate) {
    return candidate.id().toString().equals(service);
  }

  public String getPerson() {
    return personParam;
  }

  public void setPerson(String person) {
    this.personParam = person;
  }

  public Person getReferredPerson() {
    return person;
  }

  public boolean hasPausedServices() {
    return services.stream().anyMatch(Service::isPaused);
  }

  public List<Service> getServices() {
    return services;
  }

  public String getUrgency() {
    return urgency;
  }

  public boolean isConsentToShare() {
    return consentToShare;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
