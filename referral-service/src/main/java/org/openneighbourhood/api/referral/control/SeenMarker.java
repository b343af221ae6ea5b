package org.openneighbourhood.api.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.UUID;

/**
 * Marks a referral SEEN in a transaction of its own, so that two people opening it at once (or
 * opening it while a colleague accepts it) never turns a read into an error: the second marking
 * simply loses.
 */
@ApplicationScoped
public class SeenMarker {

  @Inject ReferralRepository referrals;

  @Transactional(TxType.REQUIRES_NEW)
  public void mark(UUID id, String by, Instant at) {
    referrals.findForChange(id).ifPresent(referral -> referral.markSeen(by, at));
    referrals.flush();
  }
}
