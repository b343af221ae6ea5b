package org.openneighbourhood.api.access.entity;

import java.util.Optional;
import java.util.UUID;

/**
 * What the policy needs of one referral to decide how an organisation stands to it: who it is
 * about, who receives it, who sent it, and whether it has been sent. The referral answers it, so
 * that the policy does not depend on the referral feature.
 */
public interface ReferralParties {

  UUID id();

  /** The person the referral is about. */
  UUID personId();

  /** The alias of the organisation the referral is sent to. */
  String receiverAlias();

  /** The alias of the organisation that sent it; empty for a person's own referral. */
  Optional<String> senderAlias();

  /** Whether it has been sent: a draft is the referrer's alone. */
  boolean sent();
}
