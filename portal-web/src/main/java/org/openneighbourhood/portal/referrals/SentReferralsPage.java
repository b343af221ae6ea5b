package org.openneighbourhood.portal.referrals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.Paged;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralsApi;

/**
 * The referrals my organisation has sent, in the API's order: drafts and those waiting for an
 * answer by deadline, then those in hand, then closed ones; filtered by status and paged.
 */
@Named
@RequestScoped
public class SentReferralsPage {

  static final List<String> STATUSES =
      List.of(
          "DRAFT",
          "SENT",
          "SEEN",
          "WAITLISTED",
          "ACCEPTED",
          "IN_PROGRESS",
          "DECLINED",
          "EXPIRED",
          "COMPLETED",
          "DID_NOT_ENGAGE",
          "WITHDRAWN",
          "ENTERED_IN_ERROR");

  @Inject ReferralsApi referralsApi;

  private ReferralFilter filter;
  private Paged<Referral> list;

  public void load() {
    filter = ReferralFilter.fromRequest(STATUSES);
    list = filter.read(referralsApi::sentReferrals);
  }

  public ReferralFilter getFilter() {
    return filter;
  }

  public Paged<Referral> getList() {
    return list;
  }
}
