package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** When the plan is next reviewed and which organisation owns the review. */
public record Review(
    LocalDate reviewOn,
    UUID ownerOrganisationId,
    String ownerOrganisationName,
    long version,
    String state)
    implements Serializable {

  static final Review NOT_SET = new Review(null, null, null, 0, "NOT_SET");
}
