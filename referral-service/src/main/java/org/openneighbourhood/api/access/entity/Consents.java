package org.openneighbourhood.api.access.entity;

import java.util.UUID;

/**
 * The person's agreements to share that are in force, read once for a whole page of records: each
 * row's consent decision then costs no further round trip.
 */
public interface Consents {

  /** Whether an agreement of the person's to share with the organisation is in force. */
  boolean covers(UUID personId, String organisationAlias);
}
