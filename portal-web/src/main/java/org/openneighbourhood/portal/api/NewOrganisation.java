package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** A partner organisation joining the neighbourhood, with its first admin. */
public record NewOrganisation(
    String name,
    String sector,
    String odsCode,
    String charityNumber,
    String companyNumber,
    String emailDomain,
    String pcnId,
    String adminFirstName,
    String adminLastName,
    String adminEmail)
    implements Serializable {}
