package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The body of POST /referrals/{id}/send: the person agreed to share, until a day, until the
 * referral ends, or (with neither) for a year.
 */
public record DraftSending(boolean consentToShare, LocalDate until, Boolean untilReferralEnds)
    implements Serializable {}
