package org.openneighbourhood.portal.referrals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Goal;
import org.openneighbourhood.portal.api.NewReferral;
import org.openneighbourhood.portal.api.PeopleApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.PlansApi;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralsApi;
import org.openneighbourhood.portal.api.Service;
import org.openneighbourhood.portal.api.ServicesApi;
import org.openneighbourhood.portal.consent.HowLong;
import org.openneighbourhood.portal.directory.DirectoryWords;
import org.openneighbourhood.portal.layout.Choice;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.problem.TextLimits;

/**
 * Refer a person to a service from the directory, or keep the referral as a draft. The form carries
 * an idempotency key made when it was shown: a second click, or a retry after a lost answer, sends
 * the same key, and the API answers with the referral the first one made.
 */
@Named
@ViewScoped
public class NewReferralPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_REASON = TextLimits.LONG;

  static final Map<String, String> API_FIELDS =
      Map.of(
          "serviceId", "service",
          "reason", "reason",
          "urgency", "urgency",
          "consentToShare", "consentToShare",
          "goalId", "goal");

  @Inject PeopleApi peopleApi;
  @Inject PlansApi plansApi;
  @Inject ReferralsApi referralsApi;
  @Inject ServicesApi servicesApi;
  @Inject ReferralWords words;
  @Inject DirectoryWords directoryWords;

  private String personParam;
  private String serviceParam;
  private String goalParam;
  private List<Goal> goals = List.of();
  private String goal = "";
  private Person person;
  private Service service;
  private String reason;
  private String urgency = "";
  private boolean consentToShare;
  private String idempotencyKey;
  private final FormErrors errors = new FormErrors();
  private final HowLong howLong = new HowLong(true);

  /**
   * Shows the form for the chosen service; without one, the directory search, which brings the
   * referrer back here with a service chosen (a region's directory is too long to list here).
   */
  public String load() {
    Optional<UUID> personId = Pages.idOrNotFound(personParam);
    if (personId.isEmpty()) {
      return null;
    }
    Optional<UUID> serviceId = Pages.uuid(serviceParam);
    Optional<Service> chosen = serviceId.flatMap(this::serviceOrEmpty);
    if (chosen.isEmpty()) {
      return findService(personId.get(), goalParam);
    }
    person = peopleApi.person(personId.get());
    service = chosen.get();
    goals = goalsOf(person);
    idempotencyKey = UUID.randomUUID().toString();
    Pages.uuid(goalParam)
        .filter(id -> goals.stream().anyMatch(g -> g.id().equals(id)))
        .ifPresent(id -> goal = id.toString());
    setAnchors();
    if (!service.isReferrable()) {
      errors.add("service", notTakingReferrals(service));
    }
    return null;
  }

  /** The directory search for this person, keeping the goal the referral is for. */
  private static String findService(UUID personId, String goal) {
    return findServiceLink(personId, goal) + "&faces-redirect=true";
  }

  private static String findServiceLink(Object personId, String goal) {
    return "/directory/find.xhtml?person="
        + personId
        + Pages.uuid(goal).map(id -> "&goal=" + id).orElse("");
  }

  private Optional<Service> serviceOrEmpty(UUID id) {
    return ApiProblemException.unlessNotFound(() -> servicesApi.service(id));
  }

  private String notTakingReferrals(Service closed) {
    if (closed.isRetired()) {
      return closed.name()
          + " no longer runs: its organisation has taken it out of the directory. Choose another"
          + " service";
    }
    if (!closed.acceptsReferrals()) {
      return closed.name()
          + " does not take referrals: "
          + directoryWords.routes(false, closed.acceptsSelfReferral()).toLowerCase(Locale.UK)
          + ". Choose another service";
    }
    return closed.name()
        + " is not taking referrals at the moment ("
        + words.serviceCapacity(closed).toLowerCase(Locale.UK)
        + "). Choose another service";
  }

  private void setAnchors() {
    errors.setAnchor("service", "change-service");
    errors.setAnchor("urgency", "urgency-routine");
    howLong.anchor(errors);
  }

  public String send() {
    return submit(false);
  }

  public String saveDraft() {
    return submit(true);
  }

  private String submit(boolean draft) {
    errors.clear();
    if (person == null) {
      // A second submit of a form whose first already succeeded reaches a new view: read again
      // whom it is about (the form sends the person's id), and let the idempotency key answer.
      Optional<UUID> personId = Pages.uuid(Pages.parameter("person"));
      if (personId.isEmpty()) {
        Pages.notFound();
        return null;
      }
      person = peopleApi.person(personId.get());
      goals = goalsOf(person);
      setAnchors();
    }
    Optional<UUID> serviceId = Pages.uuid(Pages.parameter("service"));
    if (service == null || serviceId.isEmpty() || !serviceId.get().equals(service.id())) {
      service = serviceId.flatMap(this::serviceOrEmpty).orElse(null);
    }
    urgency = Pages.parameter("urgency");
    consentToShare = "true".equals(Pages.parameter("consentToShare"));
    goal = Pages.parameter("goal");
    Optional<UUID> goalId =
        Pages.uuid(goal).filter(id -> goals.stream().anyMatch(g -> g.id().equals(id)));
    if (!goal.isEmpty() && goalId.isEmpty()) {
      errors.add("goal", "Choose one of their goals, or none");
    }
    if (service == null) {
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
    if (!draft && !consentToShare) {
      errors.add("consentToShare", "Confirm they agree to share this information with the service");
    }
    if (!draft) {
      // A draft asks for the agreement, and for how long, when it is sent.
      howLong.read(errors);
    }
    if (errors.isPresent()) {
      return null;
    }
    // The key the form was shown with: a double submit sends it twice and makes one referral.
    String key = Pages.parameter("idempotencyKey");
    try {
      Referral referral =
          referralsApi.sendReferral(
              key.isEmpty() ? null : key,
              new NewReferral(
                  person.id(),
                  service.id(),
                  reason.strip(),
                  urgency,
                  draft ? (consentToShare ? Boolean.TRUE : null) : Boolean.TRUE,
                  draft,
                  goalId.orElse(null),
                  draft ? null : howLong.until(),
                  draft ? null : howLong.untilReferralEnds()));
      return Pages.redirect("/referrals/referral.xhtml", "id", referral.id());
    } catch (ApiProblemException e) {
      if (e.status() == 503) {
        // The referral may have been made just before the outage: the next try sends the same
        // key, so the API answers with that one instead of making a second.
        idempotencyKey = key.isEmpty() ? idempotencyKey : key;
        errors.addGeneral(
            "The service is unavailable at the moment, so the referral may not have been sent."
                + " Try again in a few minutes: it will not be sent twice.");
        return null;
      }
      // Nothing was made: the next try is a new request, under a new key.
      idempotencyKey = UUID.randomUUID().toString();
      if (e.is(409, "service-not-accepting")) {
        errors.add(
            "service",
            e.detail().isBlank()
                ? "This service is not taking referrals at the moment. Choose another"
                : e.detail());
        service = serviceOrEmpty(service.id()).orElse(service);
        return null;
      }
      if (e.is(422, "idempotency-key-reused")) {
        errors.addGeneral(
            "This form was already sent with different answers. Check the referrals your"
                + " organisation sent before sending it again.");
        return null;
      }
      if (e.status() == 404) {
        // The API answers a person the organisation has no part in the care of as someone it
        // does not know (so as not to say they are known), and a service gone from the directory
        // as not found.
        errors.addGeneral(
            "This person or this service is not available to your organisation any more, so the"
                + " referral was not sent.");
        return null;
      }
      if (e.status() == 400 || e.status() == 403) {
        Map<String, String> fields = new HashMap<>(API_FIELDS);
        fields.putAll(HowLong.API_FIELDS);
        errors.addProblem(e, fields);
        return null;
      }
      throw e;
    }
  }

  /**
   * The person's goals a referral may help with. The plan may not be shown to this user (the API
   * decides); the referral is then simply not linked to a goal.
   */
  private List<Goal> goalsOf(Person referred) {
    try {
      return plansApi.plan(referred.id()).goalsOrEmpty();
    } catch (ApiProblemException e) {
      if (e.status() == 403 || e.status() == 404) {
        return List.of();
      }
      throw e;
    }
  }

  /** No goal, then each of the person's goals in their words. */
  public List<Choice> getGoalChoices() {
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", "None in particular"));
    goals.forEach(g -> choices.add(new Choice(g.id().toString(), g.description())));
    return choices;
  }

  public boolean hasGoals() {
    return !goals.isEmpty();
  }

  public String getGoal() {
    return goal;
  }

  public String getGoalParam() {
    return goalParam;
  }

  public void setGoalParam(String goalParam) {
    this.goalParam = goalParam;
  }

  public String getPerson() {
    return personParam;
  }

  public void setPerson(String person) {
    this.personParam = person;
  }

  public String getService() {
    return serviceParam;
  }

  public void setService(String service) {
    this.serviceParam = service;
  }

  public Person getReferredPerson() {
    return person;
  }

  /** The service chosen in the directory; null only after a send with a tampered form. */
  public Service getChosenService() {
    return service;
  }

  /** Back to the directory search for another service, keeping the goal. */
  public String getChangeServiceLink() {
    return findServiceLink(
        person == null ? personParam : person.id(), goal.isEmpty() ? goalParam : goal);
  }

  public String getUrgency() {
    return urgency;
  }

  public HowLong getHowLong() {
    return howLong;
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

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
