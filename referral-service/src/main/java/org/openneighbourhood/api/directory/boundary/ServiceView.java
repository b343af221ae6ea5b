package org.openneighbourhood.api.directory.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Language;
import org.openneighbourhood.api.directory.entity.OpeningTime;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceAtLocation;
import org.openneighbourhood.api.directory.entity.TaxonomyTerm;

/**
 * A directory entry as the API shows it: what the service does and for whom, how to get in, its
 * capacity and record of answering, how to reach it (its phones, and contacts with theirs) and what
 * it costs (cost options; an amount of 0 is free), and whether its entry is stale (not confirmed
 * for longer than the directory allows, so it may have stopped). A retired service (retiredAt set)
 * has been taken out of the directory by its organisation: it is shown only to say what referrals
 * were made to.
 */
public record ServiceView(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    List<UUID> categoryIds,
    Capacity capacity,
    LocalDate reopensOn,
    Integer maxOpenReferrals,
    int responseDays,
    boolean acceptsReferrals,
    boolean acceptsSelfReferral,
    Double typicalResponseDays,
    Integer acceptanceRatePercent,
    int decisionsCounted,
    Integer minAge,
    Integer maxAge,
    String eligibility,
    String area,
    String fees,
    String url,
    String email,
    List<PhoneEntry> phones,
    List<ContactEntry> contacts,
    List<CostOptionEntry> costOptions,
    List<String> languages,
    List<String> openingTimes,
    List<String> places,
    Instant lastConfirmedAt,
    boolean stale,
    Instant retiredAt) {

  /**
   * Below this many answers, the acceptance rate is not shown: a rate from a handful of referrals
   * would mislead (and could identify the people behind it).
   */
  public static final int FEWEST_DECISIONS_FOR_A_RATE = 5;

  public static ServiceView of(Service service, boolean stale) {
    boolean enough = service.decisionsCounted() >= FEWEST_DECISIONS_FOR_A_RATE;
    return new ServiceView(
        service.id(),
        service.name(),
        service.description(),
        service.organisation().id(),
        service.organisation().name(),
        service.categories(),
        service.terms().stream().map(TaxonomyTerm::id).toList(),
        service.capacity(),
        service.reopensOn().orElse(null),
        service.maxOpenReferrals().orElse(null),
        service.responseDays(),
        service.acceptsReferrals(),
        service.acceptsSelfReferral(),
        enough ? service.typicalResponseDays().orElse(null) : null,
        enough ? percent(service.acceptanceRate().orElse(null)) : null,
        service.decisionsCounted(),
        service.minAge().orElse(null),
        service.maxAge().orElse(null),
        service.eligibility().orElse(null),
        service.area().orElse(null),
        service.fees().orElse(null),
        service.url().orElse(null),
        service.email().orElse(null),
        service.phones().stream().map(PhoneEntry::of).toList(),
        service.contacts().stream().map(contact -> ContactEntry.of(service, contact)).toList(),
        service.costOptions().stream().map(CostOptionEntry::of).toList(),
        service.languages().stream().map(Language::name).toList(),
        service.openingTimes().stream().map(OpeningTime::inWords).toList(),
        service.locations().stream().map(ServiceView::place).toList(),
        service.lastConfirmedAt(),
        stale && !service.isRetired(),
        service.retiredAt().orElse(null));
  }

  static Integer percent(Double rate) {
    return rate == null ? null : (int) Math.round(rate * 100);
  }

  private static String place(ServiceAtLocation at) {
    var location = at.location();
    return String.join(
        ", ",
        java.util.stream.Stream.of(
                location.name(), location.address1(), location.city(), location.postalCode())
            .flatMap(java.util.Optional::stream)
            .toList());
  }
}
