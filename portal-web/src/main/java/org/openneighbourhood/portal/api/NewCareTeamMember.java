package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation joining a person's care team, with the person's agreement, until the end of the
 * day {@code until} (null: for a year).
 */
public record NewCareTeamMember(UUID organisationId, boolean personAgreed, LocalDate until)
    implements Serializable {}
