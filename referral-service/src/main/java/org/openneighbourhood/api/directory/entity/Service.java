package org.openneighbourhood.api.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.time.entity.London;

/**
 * A service an organisation offers in the neighbourhood directory, with the capacity it declares:
 * ACCEPTING, WAITLIST (referrals are taken, with a wait) or PAUSED (refused, until an optional
 * reopening day). With a maximum of open referrals, reaching it moves the service to WAITLIST on
 * its own. It answers referrals within a number of working days, and its record of answering (how
 * long it typically takes, how many it accepts) is refreshed from its referrals.
 *
 * <p>Its directory entry follows Open Referral UK: categories from a taxonomy, who it is for (ages,
 * area, criteria), where (locations with postcodes), its phones and contacts (each with phones),
 * opening times, cost options, languages, and how to get in: referrals through the portal,
 * self-referrals, both, or neither (signpost only). Its organisation confirms now and then that it
 * is still running; an entry not confirmed for a while (six months by default) is <em>stale</em>:
 * referrers are told it may have stopped. Changing the entry confirms it too.
 */
@Entity
@Table(name = "service")
public class Service {

  @Id private UUID id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String description;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "service_taxonomy_term",
      joinColumns = @JoinColumn(name = "service_id"),
      inverseJoinColumns = @JoinColumn(name = "taxonomy_term_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<TaxonomyTerm> terms = new ArrayList<>();

  /** The terms' names, kept for the full-text search (the database weighs them below the name). */
  @Column(name = "categories_text", nullable = false)
  private String categoriesText = "";

  private String url;

  private String email;

  @Column(name = "min_age")
  private Integer minAge;

  @Column(name = "max_age")
  private Integer maxAge;

  private String eligibility;

  private String area;

  private String fees;

  @Column(name = "accepts_referrals", nullable = false)
  private boolean acceptsReferrals = true;

  @Column(name = "last_confirmed_at", nullable = false)
  private Instant lastConfirmedAt;

  @Column(name = "last_confirmed_by")
  private String lastConfirmedBy;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  /** When its organisation was last asked to confirm it (once per time it goes stale). */
  @Column(name = "stale_notified_at")
  private Instant staleNotifiedAt;

  /** When its organisation took it out of the directory (null while it runs), and who did. */
  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_by")
  private String retiredBy;

  @ElementCollection
  @CollectionTable(name = "service_schedule", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<OpeningTime> openingTimes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "service_contact", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<ServiceContact> contacts = new ArrayList<>();

  /** The service's own phones, then its contacts' (each marked with its contact's id). */
  @ElementCollection
  @CollectionTable(name = "service_phone", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<Phone> phones = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "service_cost_option", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<CostOption> costOptions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "service_language", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<Language> languages = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "service_at_location", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  private List<ServiceAtLocation> locations = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Capacity capacity;

  @Column(name = "reopens_on")
  private LocalDate reopensOn;

  @Column(name = "max_open_referrals")
  private Integer maxOpenReferrals;

  @Column(name = "response_days", nullable = false)
  private int responseDays;

  @Column(name = "accepts_self_referral", nullable = false)
  private boolean acceptsSelfReferral;

  @Column(name = "typical_response_days")
  private Double typicalResponseDays;

  @Column(name = "acceptance_rate")
  private Double acceptanceRate;

  @Column(name = "decisions_counted", nullable = false)
  private int decisionsCounted;

  @Column(name = "record_refreshed_at")
  private Instant recordRefreshedAt;

  protected Service() {}

  public Service(
      UUID id,
      Organisation organisation,
      String name,
      String description,
      List<TaxonomyTerm> terms,
      Capacity capacity,
      int responseDays) {
    if (responseDays < 1) {
      throw new IllegalArgumentException("A service responds within at least one day");
    }
    this.id = Objects.requireNonNull(id);
    this.organisation = Objects.requireNonNull(organisation);
    this.name = Objects.requireNonNull(name);
    this.description = Objects.requireNonNull(description);
    categorise(terms);
    this.capacity = Objects.requireNonNull(capacity);
    this.responseDays = responseDays;
    this.lastConfirmedAt = Instant.EPOCH;
    this.modifiedAt = Instant.EPOCH;
  }

  /**
   * The organisation rewrites its entry: what it says and its categories. Changing the entry is
   * confirming it is still running.
   *
   * @throws org.openneighbourhood.api.problem.entity.InvalidInputException naming every field that
   *     breaks a rule
   */
  public void describe(ServiceDetails details, List<TaxonomyTerm> terms, String by, Instant at) {
    requireRunning();
    details.checked();
    this.name = details.name();
    this.description = details.description();
    this.minAge = details.minAge();
    this.maxAge = details.maxAge();
    this.eligibility = details.eligibility();
    this.area = details.area();
    this.fees = details.fees();
    this.url = details.url();
    this.email = details.email();
    this.responseDays = details.responseDays();
    this.acceptsReferrals = details.acceptsReferrals();
    this.acceptsSelfReferral = details.acceptsSelfReferral();
    categorise(terms);
    this.modifiedAt = at;
    confirmStillRunning(by, at);
  }

  /**
   * The organisation says how to reach the service: its own phones, and its contacts with theirs,
   * in its order. A contact, phone or cost keeps its id from the one at the same place in the list
   * before, so what Open Referral publishes keeps its ids through an edit.
   */
  public void reachAt(List<PhoneDetails> servicePhones, List<ContactDetails> contactDetails) {
    requireRunning();
    List<UUID> contactIds = contacts.stream().map(ServiceContact::id).toList();
    List<UUID> phoneIds = phones.stream().map(Phone::id).toList();
    List<ServiceContact> newContacts = new ArrayList<>();
    List<Phone> newPhones = new ArrayList<>();
    for (PhoneDetails phone : servicePhones) {
      newPhones.add(new Phone(idAt(phoneIds, newPhones.size()), null, phone));
    }
    for (ContactDetails details : contactDetails) {
      ServiceContact contact = new ServiceContact(idAt(contactIds, newContacts.size()), details);
      newContacts.add(contact);
      for (PhoneDetails phone : details.phones()) {
        newPhones.add(new Phone(idAt(phoneIds, newPhones.size()), contact.id(), phone));
      }
    }
    contacts.clear();
    contacts.addAll(newContacts);
    phones.clear();
    phones.addAll(newPhones);
  }

  /** The organisation says what the service costs, in its order (none: ask, or see the fees). */
  public void price(List<CostDetails> costs) {
    requireRunning();
    List<UUID> ids = costOptions.stream().map(CostOption::id).toList();
    List<CostOption> priced = new ArrayList<>();
    for (CostDetails cost : costs) {
      priced.add(new CostOption(idAt(ids, priced.size()), cost));
    }
    costOptions.clear();
    costOptions.addAll(priced);
  }

  private static UUID idAt(List<UUID> ids, int index) {
    return index < ids.size() ? ids.get(index) : UUID.randomUUID();
  }

  /**
   * The organisation says where the service is given now (which confirms it is still running).
   * Returns the places it is no longer given at.
   */
  public List<Location> placeAt(List<Location> places, String by, Instant at) {
    requireRunning();
    List<Location> left =
        locations.stream()
            .map(ServiceAtLocation::location)
            .filter(old -> places.stream().noneMatch(p -> p.id().equals(old.id())))
            .toList();
    List<ServiceAtLocation> kept = new ArrayList<>();
    for (Location place : places) {
      kept.add(
          locations.stream()
              .filter(link -> link.location().id().equals(place.id()))
              .findFirst()
              .orElseGet(() -> new ServiceAtLocation(UUID.randomUUID(), place)));
    }
    locations.clear();
    locations.addAll(kept);
    this.modifiedAt = at;
    confirmStillRunning(by, at);
    return left;
  }

  /**
   * The organisation names the languages the service is given in (without an interpreter), in its
   * order; a language kept keeps its code.
   */
  public void speak(List<String> names) {
    requireRunning();
    List<String> tidy = Languages.tidy(names);
    if (tidy.equals(languages.stream().map(Language::name).toList())) {
      return;
    }
    List<Language> spoken = new ArrayList<>();
    for (String name : tidy) {
      String code =
          languages.stream()
              .filter(language -> language.name().equalsIgnoreCase(name))
              .findFirst()
              .flatMap(Language::code)
              .orElse(null);
      spoken.add(new Language(UUID.randomUUID(), name, code));
    }
    languages.clear();
    languages.addAll(spoken);
  }

  /** The organisation says when the service is open now (which confirms it is still running). */
  public void openAt(List<OpeningTime> times, String by, Instant at) {
    requireRunning();
    openingTimes.clear();
    openingTimes.addAll(times);
    this.modifiedAt = at;
    confirmStillRunning(by, at);
  }

  /** Its organisation says the service is still running, as the entry describes it. */
  public void confirmStillRunning(String by, Instant at) {
    requireRunning();
    this.lastConfirmedAt = Objects.requireNonNull(at);
    this.lastConfirmedBy = by;
  }

  /**
   * Its organisation takes it out of the directory: it is no longer found, offered or referred to,
   * and its entry no longer changes; the referrals already made to it go on until they are closed.
   * Retiring a retired service changes nothing.
   */
  public void retire(String by, Instant at) {
    if (isRetired()) {
      return;
    }
    this.retiredAt = Objects.requireNonNull(at);
    this.retiredBy = by;
    this.modifiedAt = at;
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Optional<Instant> retiredAt() {
    return Optional.ofNullable(retiredAt);
  }

  /**
   * @throws ServiceRetiredException when it has been taken out of the directory
   */
  public void requireRunning() {
    if (isRetired()) {
      throw new ServiceRetiredException(name);
    }
  }

  /**
   * Whether the entry has gone unconfirmed for longer than {@code confirmEvery} at {@code now}
   * (months counted on London's calendar), so it may have stopped.
   */
  public boolean isStale(Instant now, Period confirmEvery) {
    return isStale(lastConfirmedAt, now, confirmEvery);
  }

  /** The rule itself, for entries read without their aggregate (search results). */
  public static boolean isStale(Instant lastConfirmed, Instant now, Period confirmEvery) {
    return lastConfirmed.atZone(London.ZONE).plus(confirmEvery).toInstant().isBefore(now);
  }

  /** The last moment an entry confirmed at {@code now} minus this counts as fresh. */
  public static Instant staleBefore(Instant now, Period confirmEvery) {
    return now.atZone(London.ZONE).minus(confirmEvery).toInstant();
  }

  /**
   * Its organisation has been asked, at {@code at}, to confirm the stale entry. Asked once per time
   * it goes stale: confirming it and letting it go stale again asks again.
   */
  public void askedToConfirm(Instant at) {
    this.staleNotifiedAt = Objects.requireNonNull(at);
  }

  /** Whether its organisation has been asked to confirm it since it was last confirmed. */
  public boolean askedToConfirmSinceLastConfirmed() {
    return staleNotifiedAt != null && !staleNotifiedAt.isBefore(lastConfirmedAt);
  }

  private void categorise(Collection<TaxonomyTerm> terms) {
    this.terms = new ArrayList<>(terms);
    this.categoriesText = terms.stream().map(TaxonomyTerm::name).collect(Collectors.joining(" "));
  }

  /** Whether a referral sent on {@code today} is taken: not paused, or reopened by then. */
  public boolean acceptsReferrals(LocalDate today) {
    return capacity != Capacity.PAUSED || (reopensOn != null && !today.isBefore(reopensOn));
  }

  /**
   * Refuses a referral on {@code today} with a message that says when the service reopens.
   *
   * @throws ServiceNotAcceptingException when the service is paused
   */
  public void checkAcceptsReferral(LocalDate today, boolean fromThePerson) {
    if (isRetired()) {
      throw ServiceNotAcceptingException.retired(name);
    }
    if (!fromThePerson && !acceptsReferrals) {
      throw ServiceNotAcceptingException.signpostOnly(name);
    }
    if (!acceptsReferrals(today)) {
      throw ServiceNotAcceptingException.paused(name, reopensOn);
    }
    if (fromThePerson && !acceptsSelfReferral) {
      throw ServiceNotAcceptingException.noSelfReferrals(name);
    }
  }

  /** The service declares what it can take on. */
  public void declareCapacity(Capacity capacity, LocalDate reopensOn, Integer maxOpenReferrals) {
    requireRunning();
    if (capacity == null) {
      throw new InvalidInputException("capacity", "Choose whether the service is taking referrals");
    }
    if (reopensOn != null && capacity != Capacity.PAUSED) {
      throw new InvalidInputException(
          "reopensOn", "Give a reopening date only when referrals are paused");
    }
    if (maxOpenReferrals != null && maxOpenReferrals < 1) {
      throw new InvalidInputException(
          "maxOpenReferrals", "The most open referrals must be 1 or more, or left empty");
    }
    this.capacity = capacity;
    this.reopensOn = reopensOn;
    this.maxOpenReferrals = maxOpenReferrals;
  }

  /**
   * Reopens a paused service whose reopening day has come.
   *
   * @return whether it reopened
   */
  public boolean reopenIfDue(LocalDate today) {
    if (capacity == Capacity.PAUSED && reopensOn != null && !today.isBefore(reopensOn)) {
      capacity = Capacity.ACCEPTING;
      reopensOn = null;
      return true;
    }
    return false;
  }

  /**
   * Moves an accepting service to its waiting list once it holds its most open referrals.
   *
   * @return whether it moved
   */
  public boolean waitlistWhenFull(long openReferrals) {
    if (capacity == Capacity.ACCEPTING
        && maxOpenReferrals != null
        && openReferrals >= maxOpenReferrals) {
      capacity = Capacity.WAITLIST;
      return true;
    }
    return false;
  }

  /** Its record of answering referrals, worked out from them at {@code at}. */
  public void recordAnswering(
      Double typicalResponseDays, Double acceptanceRate, int decisionsCounted, Instant at) {
    this.typicalResponseDays = typicalResponseDays;
    this.acceptanceRate = acceptanceRate;
    this.decisionsCounted = decisionsCounted;
    this.recordRefreshedAt = at;
  }

  public void acceptSelfReferrals(boolean accepts) {
    this.acceptsSelfReferral = accepts;
  }

  public UUID id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The names of its categories, in the order the organisation gave them. */
  public List<String> categories() {
    return terms.stream().map(TaxonomyTerm::name).toList();
  }

  public List<TaxonomyTerm> terms() {
    return List.copyOf(terms);
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** The service's own phone numbers (not its contacts'). */
  public List<Phone> phones() {
    return phones.stream().filter(phone -> phone.contactId().isEmpty()).toList();
  }

  /** The phone numbers of one of its contacts. */
  public List<Phone> phonesOf(ServiceContact contact) {
    return phones.stream()
        .filter(phone -> phone.contactId().filter(contact.id()::equals).isPresent())
        .toList();
  }

  public Optional<Integer> minAge() {
    return Optional.ofNullable(minAge);
  }

  public Optional<Integer> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  public Optional<String> eligibility() {
    return Optional.ofNullable(eligibility);
  }

  public Optional<String> area() {
    return Optional.ofNullable(area);
  }

  public Optional<String> fees() {
    return Optional.ofNullable(fees);
  }

  /** Whether professionals refer to it through the portal (else self-referral or signpost only). */
  public boolean acceptsReferrals() {
    return acceptsReferrals;
  }

  public Instant lastConfirmedAt() {
    return lastConfirmedAt;
  }

  public Optional<String> lastConfirmedBy() {
    return Optional.ofNullable(lastConfirmedBy);
  }

  public Instant modifiedAt() {
    return modifiedAt;
  }

  public List<OpeningTime> openingTimes() {
    return List.copyOf(openingTimes);
  }

  public List<ServiceContact> contacts() {
    return List.copyOf(contacts);
  }

  public List<CostOption> costOptions() {
    return List.copyOf(costOptions);
  }

  public List<Language> languages() {
    return List.copyOf(languages);
  }

  public List<ServiceAtLocation> locations() {
    return List.copyOf(locations);
  }

  public Capacity capacity() {
    return capacity;
  }

  /** Working days the service answers referrals within. */
  public int responseDays() {
    return responseDays;
  }

  public Optional<LocalDate> reopensOn() {
    return Optional.ofNullable(reopensOn);
  }

  public Optional<Integer> maxOpenReferrals() {
    return Optional.ofNullable(maxOpenReferrals);
  }

  public boolean acceptsSelfReferral() {
    return acceptsSelfReferral;
  }

  public Optional<Double> typicalResponseDays() {
    return Optional.ofNullable(typicalResponseDays);
  }

  public Optional<Double> acceptanceRate() {
    return Optional.ofNullable(acceptanceRate);
  }

  public int decisionsCounted() {
    return decisionsCounted;
  }
}
