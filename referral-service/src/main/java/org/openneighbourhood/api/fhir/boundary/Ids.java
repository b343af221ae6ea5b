package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.UUID;
import org.hl7.fhir.r4.model.IdType;

/** The id of a read: ours are UUIDs, so anything else names no resource here (404). */
final class Ids {

  private Ids() {}

  static UUID of(IdType id) {
    try {
      String part = id == null ? null : id.getIdPart();
      if (part == null || part.length() != 36) {
        throw new IllegalArgumentException("not a UUID");
      }
      return UUID.fromString(part);
    } catch (IllegalArgumentException notOurs) {
      throw new ResourceNotFoundException("No such resource");
    }
  }
}
