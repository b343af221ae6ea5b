package org.openneighbourhood.api.referral.control;

import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.person.entity.HowToCommunicate;

/**
 * What a referral carries from the person's plan: what matters to them, and how to communicate with
 * them. The plan feature answers (its repository implements this), so that referrals do not depend
 * on the plan that shows them.
 */
public interface PlanExcerpts {

  /** What matters to the person, in their words, if their plan says. */
  Optional<String> whatMattersToMe(UUID personId);

  /** How to communicate with the person, if their plan's "About me" says. */
  Optional<HowToCommunicate> howToCommunicate(UUID personId);
}
