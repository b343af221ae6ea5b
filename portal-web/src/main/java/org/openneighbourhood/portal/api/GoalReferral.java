package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** A referral made to help with a goal; status is the referral's. */
public record GoalReferral(
    UUID referralId, String serviceName, String organisationName, String status)
    implements Serializable {}
