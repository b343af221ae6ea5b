package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** The body of POST /people/{id}/plan/notes; goalId null = about the whole plan. */
public record NewNote(String text, UUID goalId) implements Serializable {}
