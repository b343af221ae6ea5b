package org.openneighbourhood.portal.api;

import java.time.Instant;
import java.util.UUID;

public record Goal(UUID id, String description, Instant createdAt, String createdBy) {}
