package org.openneighbourhood.api.organisation.boundary;

import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;

/** A partner organisation as the directory shows it. */
public record OrganisationView(
    UUID id, String alias, String name, Sector sector, String odsCode, String charityNumber) {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.id(),
        organisation.alias(),
        organisation.name(),
        organisation.sector(),
        organisation.odsCode().orElse(null),
        organisation.charityNumber().orElse(null));
  }
}
