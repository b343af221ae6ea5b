package org.openneighbourhood.api.directory.control;

import java.util.List;

/** One page of what a query found, and how many it found in all. */
public record Found<T>(List<T> items, long total) {}
