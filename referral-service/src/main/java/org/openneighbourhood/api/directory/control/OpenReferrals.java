package org.openneighbourhood.api.directory.control;

import java.util.UUID;

/**
 * How many referrals a service is involved in now: waiting for its answer or taken on. The
 * directory asks when a service is declared full; the referral feature answers (its repository
 * implements this), so the directory does not depend on referrals.
 */
public interface OpenReferrals {

  long openFor(UUID serviceId);
}
