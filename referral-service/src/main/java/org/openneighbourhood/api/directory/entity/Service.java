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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.referral.entity.ServiceNotAcceptingException;

/**
 * A service an organisation offers in the neighbourhood directory, with the capacity it declares:
 * ACCEPTING, WAITLIST (referrals are taken, with a wait) or PAUSED (refused, until an optional
 * reopening day). With a maximum of open referrals, reaching it moves the service to WAITLIST on
 * its own. It answers referrals within a number of working days, and its record of answering (how
 * long it typically takes, how many it accepts) is refreshed from its referrals.
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

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "service_category", joinColumns = @JoinColumn(name = "service_id"))
  @OrderColumn(name = "position")
  @Column(name = "category")
  private List<String> categories = new ArrayList<>();

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
      List<String> categories,
      Capacity capacity,
      int responseDays) {
    if (responseDays < 1) {
      throw new IllegalArgumentException("A service responds within at least one day");
    }
    this.id = Objects.requireNonNull(id);
    this.organisation = Objects.requireNonNull(organisation);
    this.name = Objects.requireNonNull(name);
    this.description = Objects.requireNonNull(description);
    this.categories = new ArrayList<>(categories);
    this.capacity = Objects.requireNonNull(capacity);
    this.responseDays = responseDays;
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
    if (!acceptsReferrals(today)) {
      throw ServiceNotAcceptingException.paused(name, reopensOn);
    }
    if (fromThePerson && !acceptsSelfReferral) {
      throw ServiceNotAcceptingException.noSelfReferrals(name);
    }
  }

  /** The service declares what it can take on. */
  public void declareCapacity(Capacity capacity, LocalDate reopensOn, Integer maxOpenReferrals) {
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

  public List<String> categories() {
    return List.copyOf(categories);
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
