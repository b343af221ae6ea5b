package org.openneighbourhood.portal.myplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.ReferralApi;
import org.openneighbourhood.portal.api.SelfReferral;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * The person refers themselves to a service that takes self-referrals, in their own words. Like the
 * professionals' form, it carries an idempotency key so a double submit makes one referral.
 */
@Named
@ViewScoped
public class ReferMyselfPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_REASON = 2000;

  @Inject ReferralApi api;

  private List<Service> services = List.of();
  private String service = "";
  private String reason;
  private String idempotencyKey;
  private final FormErrors errors = new FormErrors();

  public void load() {
    services = open(api.services(null));
    idempotencyKey = UUID.randomUUID().toString();
    services.stream().findFirst().ifPresent(s -> errors.setAnchor("service", "service-" + s.id()));
  }

  private static List<Service> open(List<Service> all) {
    return all.stream().filter(s -> s.acceptsSelfReferral() && !s.isPaused()).toList();
  }

  public String send() {
    errors.clear();
    service = Pages.parameter("service");
    Optional<UUID> serviceId = Pages.uuid(service);
    if (serviceId.isEmpty()) {
      errors.add("service", "Choose a service");
    }
    if (reason == null || reason.isBlank()) {
      errors.add("reason", "Say what you would like help with");
    } else if (reason.strip().length() > MAX_REASON) {
      errors.add("reason", "Use " + MAX_REASON + " characters or fewer");
    }
    if (errors.isPresent()) {
      return null;
    }
    String key = Pages.parameter("idempotencyKey");
    try {
      api.referMyself(
          key.isEmpty() ? null : key, new SelfReferral(serviceId.get(), reason.strip()));
      return "/my/referrals.xhtml?faces-redirect=true&sent=true";
    } catch (ApiProblemException e) {
      idempotencyKey = UUID.randomUUID().toString();
      if (e.status() == 409) {
        errors.add("service", e.detail().isBlank() ? "Choose another service" : e.detail());
        services = open(api.services(null));
        return null;
      }
      if (e.status() == 400 || e.status() == 403) {
        errors.addProblem(e, Map.of("serviceId", "service", "reason", "reason"));
        return null;
      }
      throw e;
    }
  }

  public boolean isChecked(Service candidate) {
    return candidate.id().toString().equals(service);
  }

  public List<Service> getServices() {
    return services;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
