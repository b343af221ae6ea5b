package org.openneighbourhood.api.directory.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;

/** A directory entry as the API shows it. */
public record ServiceView(
    UUID id,
    String name,
    String description,
    UUID organisationId,
    String organisationName,
    List<String> categories,
    Capacity capacity,
    LocalDate reopensOn,
    Integer maxOpenReferrals,
    int responseDays,
    boolean acceptsSelfReferral,
    Double typicalResponseDays,
    Integer acceptanceRatePercent,
    int decisionsCounted) {

  /**
   * Below this many answers, the acceptance rate is not shown: a rate from a handful of referrals
   * would mislead (and could identify the people behind it).
   */
  public static final int FEWEST_DECISIONS_FOR_A_RATE = 5;

  public static ServiceView of(Service service) {
    boolean enough = service.decisionsCounted() >= FEWEST_DECISIONS_FOR_A_RATE;
    return new ServiceView(
        service.id(),
        service.name(),
        service.description(),
        service.organisation().id(),
        service.organisation().name(),
        service.categories(),
        service.capacity(),
        service.reopensOn().orElse(null),
        service.maxOpenReferrals().orElse(null),
        service.responseDays(),
        service.acceptsSelfReferral(),
        enough ? service.typicalResponseDays().orElse(null) : null,
        enough
            ? service.acceptanceRate().map(rate -> (int) Math.round(rate * 100)).orElse(null)
            : null,
        service.decisionsCounted());
  }
}
