package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** A category services are found by, from a taxonomy. */
public record Category(UUID id, String name, String taxonomy) implements Serializable {}
