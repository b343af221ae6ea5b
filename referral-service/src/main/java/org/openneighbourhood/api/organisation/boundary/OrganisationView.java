package org.openneighbourhood.api.organisation.boundary;

import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;

/**
 * A partner organisation as the directory shows it, with the PCN whose area it belongs to (null for
 * a PCN, which is an area itself, and for one in no area yet).
 */
public record OrganisationView(
    UUID id,
    String alias,
    String name,
    Sector sector,
    String odsCode,
    String charityNumber,
    AreaView pcn) {

  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.id(),
        organisation.alias(),
        organisation.name(),
        organisation.sector(),
        organisation.odsCode().orElse(null),
        organisation.charityNumber().orElse(null),
        organisation.pcn().map(AreaView::of).orElse(null));
  }
}
