package org.openneighbourhood.api.reporting.entity;

import java.util.Objects;

/**
 * How many actions one organisation owns that stand the same way (see {@link Keeping}), in the
 * plans of people under the same equity headings. Never an action itself.
 */
public record CommitmentTally(
    String organisation,
    String organisationName,
    Keeping keeping,
    PersonHeadings person,
    long actions) {

  public CommitmentTally {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(organisationName, "organisationName");
    Objects.requireNonNull(keeping, "keeping");
    Objects.requireNonNull(person, "person");
    if (actions < 1) {
      throw new IllegalArgumentException("A tally counts at least one action");
    }
  }
}
