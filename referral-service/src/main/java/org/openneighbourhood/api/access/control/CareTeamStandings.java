package org.openneighbourhood.api.access.control;

import java.time.Instant;
import java.util.UUID;
import org.openneighbourhood.api.access.entity.CareTeamStanding;

/**
 * The care team and the person's consent, as the policy asks about them. The relationship feature
 * answers (its repository implements this), so that the policy depends on no feature it decides
 * for.
 */
public interface CareTeamStandings {

  /** Whether the organisation is in the person's care team now, and has their consent: one read. */
  CareTeamStanding standing(UUID personId, String organisationAlias, Instant now);

  /** Whether an agreement of the person's to share with the organisation is in force. */
  boolean hasActiveConsent(UUID personId, String organisationAlias, Instant now);
}
