package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** An organisation named in a plan: one the caller may give an action to. */
public record OrganisationRef(UUID id, String name) implements Serializable {}
