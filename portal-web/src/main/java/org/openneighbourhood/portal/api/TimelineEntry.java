package org.openneighbourhood.portal.api;

import java.time.Instant;

public record TimelineEntry(
    String status, Instant at, String by, String organisationName, String note) {}
