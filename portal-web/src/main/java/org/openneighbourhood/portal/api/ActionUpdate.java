package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The body of PUT /people/{id}/plan/actions/{actionId}: only the owning organisation's. */
public record ActionUpdate(String description, LocalDate dueOn, String status, String notes)
    implements Serializable {}
