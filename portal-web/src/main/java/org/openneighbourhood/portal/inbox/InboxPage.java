package org.openneighbourhood.portal.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralApi;

/** Referrals addressed to my organisation, newest first. */
@Named
@RequestScoped
public class InboxPage {

  @Inject ReferralApi api;

  private List<Referral> referrals = List.of();

  public void load() {
    referrals = api.inbox();
  }

  public List<Referral> getReferrals() {
    return referrals;
  }
}
