package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/**
 * When a service is open: days by name ("MONDAY"), opening and closing times ("09:30") or neither,
 * and words for anything else.
 */
public record OpeningTimeEntry(
    List<String> days, String opensAt, String closesAt, String description)
    implements Serializable {}
