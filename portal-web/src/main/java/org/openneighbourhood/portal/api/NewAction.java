package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** The body of POST /people/{id}/plan/goals/{goalId}/actions. */
public record NewAction(String description, UUID ownerOrganisationId, LocalDate dueOn, String notes)
    implements Serializable {}
