package org.openneighbourhood.portal.api;

import java.io.Serializable;

/**
 * A phone number of a service or of one of its contacts, as the API takes and shows it: type is
 * VOICE, CELL, TEXT, TEXTPHONE, VIDEO or FAX, or null when not said.
 */
public record Phone(String number, String extension, String type, String description)
    implements Serializable {}
