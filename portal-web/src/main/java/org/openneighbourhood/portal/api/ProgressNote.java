package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A progress note, about the whole plan or one goal; organisationName null = the person. */
public record ProgressNote(
    UUID id,
    UUID goalId,
    String text,
    String writtenBy,
    String organisationName,
    boolean byPerson,
    Instant writtenAt)
    implements Serializable {}
