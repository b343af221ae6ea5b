package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** A neighbourhood area: the primary care network whose area it is. */
public record Area(UUID id, String name) implements Serializable {}
