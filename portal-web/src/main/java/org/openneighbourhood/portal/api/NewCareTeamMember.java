package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** An organisation joining a person's care team, with the person's agreement. */
public record NewCareTeamMember(UUID organisationId, boolean personAgreed)
    implements Serializable {}
