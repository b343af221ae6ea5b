package org.openneighbourhood.api.access.control;

import java.util.Optional;
import java.util.UUID;

/**
 * Which person's record a signed-in person's token names, by the NHS number in it. The person
 * feature answers (its repository implements this).
 */
public interface OwnRecords {

  /** The record with this NHS number; empty for none, or for a claim that is no NHS number. */
  Optional<UUID> personIdFor(String nhsNumberClaim);
}
