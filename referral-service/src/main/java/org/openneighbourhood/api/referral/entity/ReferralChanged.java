package org.openneighbourhood.api.referral.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A referral's status changed by one of its parties (a CDI event, observed in the same
 * transaction): what other features tell the outside world of, without the lifecycle knowing them.
 */
public record ReferralChanged(UUID referralId, ReferralStatus status, Instant at) {

  public ReferralChanged {
    Objects.requireNonNull(referralId);
    Objects.requireNonNull(status);
    Objects.requireNonNull(at);
  }
}
