package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/** The body of PUT /people/{id}/plan/review. */
public record ReviewUpdate(LocalDate reviewOn, UUID ownerOrganisationId) implements Serializable {}
