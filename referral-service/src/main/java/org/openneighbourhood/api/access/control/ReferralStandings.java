package org.openneighbourhood.api.access.control;

import java.util.UUID;
import org.openneighbourhood.api.access.entity.Relationship;

/**
 * The referrals between an organisation and a person, as the policy asks about them. The referral
 * feature answers (its repository implements this).
 */
public interface ReferralStandings {

  /**
   * {@link Relationship#RECEIVER} when the organisation receives a referral about the person that
   * still involves it, else {@link Relationship#SENDER} when it sent one, else {@link
   * Relationship#NONE}; consent is not considered here.
   */
  Relationship throughReferrals(UUID personId, String organisationAlias);
}
