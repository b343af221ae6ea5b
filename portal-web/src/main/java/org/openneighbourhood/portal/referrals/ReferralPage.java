package org.openneighbourhood.portal.referrals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralApi;
import org.openneighbourhood.portal.layout.Pages;

/** One referral as the referring organisation follows it. */
@Named
@RequestScoped
public class ReferralPage {

  @Inject ReferralApi api;

  private String id;
  private Referral referral;

  public void load() {
    Pages.idOrNotFound(id).ifPresent(referralId -> referral = api.referral(referralId));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Referral getReferral() {
    return referral;
  }
}
