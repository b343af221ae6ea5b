package org.openneighbourhood.api.person.entity;

import java.time.Instant;
import java.util.UUID;
import org.openneighbourhood.api.organisation.entity.Organisation;

/**
 * Someone new was registered by an organisation, which the person agreed may keep their record. A
 * synchronous event: its observers act in the registration's transaction, and a failure among them
 * undoes the registration.
 *
 * @param personId the new record
 * @param organisation the organisation that registered them
 * @param by the name of the worker who did
 * @param at when
 */
public record PersonRegistered(UUID personId, Organisation organisation, String by, Instant at) {}
