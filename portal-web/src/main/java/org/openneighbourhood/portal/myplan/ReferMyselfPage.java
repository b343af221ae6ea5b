package org.openneighbourhood.portal.myplan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.SelfReferral;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServiceMatch;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.consent.HowLong;
import org.openneighbourhood.portal.layout.Display;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.problem.TextLimits;

/**
 * The person refers themselves to a service that takes self-referrals, in their own words. First
 * they find the service (a search of the directory's self-referral services, a page at a time: a
 * region has thousands), then they write to it. Like the professionals' form, the form carries an
 * idempotency key so a double submit makes one referral.
 */
@Named
@ViewScoped
public class ReferMyselfPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_REASON = TextLimits.LONG;
  static final int PAGE_SIZE = 10;
  private static final Display DAYS = new Display();

  @Inject MeApi meApi;
  @Inject ServicesApi servicesApi;

  private String q;
  private String postcode;
  private String pageParam;
  private String serviceParam;
  private Paged<ServiceMatch> results;
  private Service service;
  private String reason;
  private String idempotencyKey;
  private final FormErrors errors = new FormErrors(Map.of("service", "change-service"));
  private final HowLong howLong = new HowLong(true);

  public void load() {
    Optional<Service> chosen =
        Pages.uuid(serviceParam).flatMap(this::serviceOrEmpty).filter(Service::acceptsSelfReferral);
    if (chosen.isPresent()) {
      service = chosen.get();
      idempotencyKey = UUID.randomUUID().toString();
      if (service.isPaused()) {
        errors.add("service", notTakingPeople(service));
      }
      return;
    }
    if (postcode == null) {
      postcode = ownPostcode();
    }
    int page = Paged.pageNumber(pageParam);
    String words = q == null || q.isBlank() ? null : q.strip();
    String near = postcode == null || postcode.isBlank() ? null : postcode.strip();
    try {
      results = search(words, near, page);
    } catch (ApiProblemException e) {
      if (e.status() != 400 || near == null) {
        throw e;
      }
      // A postcode the directory cannot place: said next to it, and the services still shown.
      errors.addProblem(e, Map.of("postcode", "postcode"));
      results = search(words, null, page);
    }
  }

  private Paged<ServiceMatch> search(String words, String near, int page) {
    return Paged.read(
        servicesApi.searchServices(words, null, null, "true", null, near, page, PAGE_SIZE),
        Paged.SERVICES,
        page,
        PAGE_SIZE);
  }

  /** Where the person lives, when their record has it: the nearest services come first. */
  private String ownPostcode() {
    Person me = meApi.me();
    return me.address() == null ? null : me.address().postcode();
  }

  private Optional<Service> serviceOrEmpty(UUID id) {
    return ApiProblemException.unlessNotFound(() -> servicesApi.service(id));
  }

  private static String notTakingPeople(Service closed) {
    return closed.name()
        + " is not taking new people at the moment"
        + (closed.reopensOn() == null
            ? ""
            : ": it expects to open again on " + DAYS.date(closed.reopensOn()))
        + ". Choose another service";
  }

  public String send() {
    errors.clear();
    if (service == null) {
      // A second submit after the first succeeded reaches a new view: read the service again.
      service = Pages.uuid(Pages.parameter("service")).flatMap(this::serviceOrEmpty).orElse(null);
    }
    if (service == null) {
      errors.add("service", "Choose a service");
    }
    if (reason == null || reason.isBlank()) {
      errors.add("reason", "Say what you would like help with");
    } else if (reason.strip().length() > MAX_REASON) {
      errors.add("reason", "Use " + MAX_REASON + " characters or fewer");
    }
    howLong.anchor(errors);
    howLong.read(errors);
    if (errors.isPresent()) {
      return null;
    }
    String key = Pages.parameter("idempotencyKey");
    try {
      meApi.referMyself(
          key.isEmpty() ? null : key,
          new SelfReferral(
              service.id(), reason.strip(), howLong.until(), howLong.untilReferralEnds()));
      return "/my/referrals.xhtml?faces-redirect=true&sent=true";
    } catch (ApiProblemException e) {
      idempotencyKey = UUID.randomUUID().toString();
      if (e.status() == 409) {
        errors.add("service", e.detail().isBlank() ? "Choose another service" : e.detail());
        service = serviceOrEmpty(service.id()).orElse(service);
        return null;
      }
      if (e.status() == 400 || e.status() == 403) {
        Map<String, String> fields = new HashMap<>(HowLong.API_FIELDS);
        fields.putAll(Map.of("serviceId", "service", "reason", "reason"));
        errors.addProblem(e, fields);
        return null;
      }
      throw e;
    }
  }

  /** This search's address on the page before (for the pagination include). */
  public String previous(Paged<ServiceMatch> list) {
    return pageLink(list.page() - 1);
  }

  /** This search's address on the page after. */
  public String next(Paged<ServiceMatch> list) {
    return pageLink(list.page() + 1);
  }

  private String pageLink(int page) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/my/refer.xhtml?"
        + (q == null || q.isBlank()
            ? ""
            : "q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8) + "&")
        + "postcode="
        + URLEncoder.encode(postcode == null ? "" : postcode.strip(), StandardCharsets.UTF_8)
        + "&page="
        + page;
  }

  /** The service chosen to write to; null while the person is still finding one. */
  public Service getChosenService() {
    return service;
  }

  public Paged<ServiceMatch> getResults() {
    return results;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  /** Whether the services found are in order of distance from a postcode. */
  public boolean isNearest() {
    return postcode != null && !postcode.isBlank() && !errors.has("postcode");
  }

  public String getPage() {
    return pageParam;
  }

  public void setPage(String page) {
    this.pageParam = page;
  }

  public String getService() {
    return serviceParam;
  }

  public void setService(String service) {
    this.serviceParam = service;
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

  public HowLong getHowLong() {
    return howLong;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
