package org.openneighbourhood.portal.capacity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.CapacityDeclaration;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.security.ActingOrganisation;

/**
 * The services of the organisation I act for, and what each can take on. VCFSE capacity is finite
 * and declared, not assumed: a paused service is not offered to referrers, and one that reaches its
 * most open referrals moves to its waiting list.
 */
@Named
@ViewScoped
public class CapacityPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MOST_REFERRALS = 10_000;
  private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  static final Map<String, String> API_FIELDS =
      Map.of(
          "capacity", "capacity",
          "reopensOn", "reopensOn",
          "maxOpenReferrals", "maxOpenReferrals",
          "acceptsSelfReferral", "acceptsSelfReferral");

  @Inject ServicesApi servicesApi;
  @Inject ActingOrganisation actingOrganisation;

  private String serviceParam;
  private List<Service> services = List.of();
  private Service service;
  private String capacity = "";
  private String reopensDay;
  private String reopensMonth;
  private String reopensYear;
  private String maxOpenReferrals;
  private boolean acceptsSelfReferral;
  private boolean saved;
  private String confirmedName;
  private Service added;
  private String retiredName;
  private final FormErrors errors =
      new FormErrors(Map.of("capacity", "capacity-ACCEPTING", "reopensOn", "reopens-day"));

  public void load() {
    Optional<UUID> organisation = actingOrganisation.id();
    services = organisation.map(servicesApi::services).orElse(List.of());
    saved = "true".equals(Pages.parameter("saved"));
    Pages.uuid(Pages.parameter("confirmed"))
        .flatMap(id -> services.stream().filter(s -> s.id().equals(id)).findFirst())
        .ifPresent(s -> confirmedName = s.name());
    added =
        Pages.uuid(Pages.parameter("added"))
            .flatMap(id -> services.stream().filter(s -> s.id().equals(id)).findFirst())
            .orElse(null);
    // A retired service has left the list: its name comes from the service itself.
    retiredName =
        Pages.uuid(Pages.parameter("retired"))
            .map(servicesApi::service)
            .filter(Service::isRetired)
            .map(Service::name)
            .orElse(null);
    if (serviceParam == null || serviceParam.isBlank()) {
      return;
    }
    Optional<UUID> id = Pages.idOrNotFound(serviceParam);
    if (id.isEmpty()) {
      return;
    }
    service = services.stream().filter(s -> s.id().equals(id.get())).findFirst().orElse(null);
    if (service == null) {
      Pages.notFound();
      return;
    }
    capacity = service.capacity();
    if (service.reopensOn() != null) {
      reopensDay = Integer.toString(service.reopensOn().getDayOfMonth());
      reopensMonth = Integer.toString(service.reopensOn().getMonthValue());
      reopensYear = Integer.toString(service.reopensOn().getYear());
    }
    maxOpenReferrals =
        service.maxOpenReferrals() == null ? "" : service.maxOpenReferrals().toString();
    acceptsSelfReferral = service.acceptsSelfReferral();
  }

  public String save() {
    errors.clear();
    capacity = Pages.parameter("capacity");
    acceptsSelfReferral = "true".equals(Pages.parameter("acceptsSelfReferral"));
    if (!List.of("ACCEPTING", "WAITLIST", "PAUSED").contains(capacity)) {
      errors.add("capacity", "Choose whether the service is taking referrals");
    }
    LocalDate reopensOn = null;
    if ("PAUSED".equals(capacity)) {
      reopensOn = reopeningDay();
    }
    Integer most = null;
    String max = maxOpenReferrals == null ? "" : maxOpenReferrals.strip();
    if (!max.isEmpty()) {
      if (!max.matches("\\d{1,5}") || Integer.parseInt(max) < 1) {
        errors.add(
            "maxOpenReferrals",
            "Enter a whole number from 1 to " + MOST_REFERRALS + ", or leave it empty");
      } else if (Integer.parseInt(max) > MOST_REFERRALS) {
        errors.add(
            "maxOpenReferrals",
            "Enter a whole number from 1 to " + MOST_REFERRALS + ", or leave it empty");
      } else {
        most = Integer.parseInt(max);
      }
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      servicesApi.declareCapacity(
          service.id(), new CapacityDeclaration(capacity, reopensOn, most, acceptsSelfReferral));
      return "/services/capacity.xhtml?faces-redirect=true&saved=true";
    } catch (ApiProblemException e) {
      if (e.status() == 400 || e.status() == 403 || e.status() == 409) {
        errors.addProblem(e, API_FIELDS);
        return null;
      }
      throw e;
    }
  }

  /** One click: the service in the row is still running, as its entry says. */
  public String confirm() {
    Optional<UUID> id = Pages.uuid(Pages.parameter("serviceId"));
    if (id.isEmpty()) {
      Pages.notFound();
      return null;
    }
    try {
      servicesApi.confirmService(id.get());
    } catch (ApiProblemException e) {
      if (e.status() == 403 || e.status() == 409) {
        // Taken out of the directory (or no longer theirs) since the page was shown: say so.
        errors.addProblem(e, Map.of());
        return null;
      }
      throw e;
    }
    return Pages.redirect("/services/capacity.xhtml", "confirmed", id.get());
  }

  public String getConfirmedName() {
    return confirmedName;
  }

  /** The name of the service just taken out of the directory, or null. */
  public String getRetiredName() {
    return retiredName;
  }

  /** The service just added to the directory, or null. */
  public Service getAdded() {
    return added;
  }

  /** The reopening day, optional; when given it must be a real day, today or later. */
  private LocalDate reopeningDay() {
    String d = strip(reopensDay);
    String m = strip(reopensMonth);
    String y = strip(reopensYear);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return null;
    }
    if (d.isEmpty() || m.isEmpty() || y.isEmpty()) {
      errors.add("reopensOn", "The reopening date must include a day, month and year");
      return null;
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
      errors.add("reopensOn", "The reopening date must be a real date");
      return null;
    }
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      if (day.isBefore(LocalDate.now(ENGLAND))) {
        errors.add("reopensOn", "The reopening date must be today or in the future");
        return null;
      }
      return day;
    } catch (DateTimeException e) {
      errors.add("reopensOn", "The reopening date must be a real date");
      return null;
    }
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  public String getService() {
    return serviceParam;
  }

  public void setService(String service) {
    this.serviceParam = service;
  }

  public Service getChosen() {
    return service;
  }

  public List<Service> getServices() {
    return services;
  }

  public String getCapacity() {
    return capacity;
  }

  public String getReopensDay() {
    return reopensDay;
  }

  public void setReopensDay(String reopensDay) {
    this.reopensDay = reopensDay;
  }

  public String getReopensMonth() {
    return reopensMonth;
  }

  public void setReopensMonth(String reopensMonth) {
    this.reopensMonth = reopensMonth;
  }

  public String getReopensYear() {
    return reopensYear;
  }

  public void setReopensYear(String reopensYear) {
    this.reopensYear = reopensYear;
  }

  public String getMaxOpenReferrals() {
    return maxOpenReferrals;
  }

  public void setMaxOpenReferrals(String maxOpenReferrals) {
    this.maxOpenReferrals = maxOpenReferrals;
  }

  public boolean isAcceptsSelfReferral() {
    return acceptsSelfReferral;
  }

  public boolean isSaved() {
    return saved;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
