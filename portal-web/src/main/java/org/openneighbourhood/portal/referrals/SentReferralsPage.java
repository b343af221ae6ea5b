package org.openneighbourhood.portal.referrals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralApi;

/** The referrals my organisation has sent, newest first. */
@Named
@RequestScoped
public class SentReferralsPage {

  @Inject ReferralApi api;

  private List<Referral> referrals = List.of();

  public void load() {
    referrals = api.sentReferrals();
  }

  public List<Referral> getReferrals() {
    return referrals;
  }
}
