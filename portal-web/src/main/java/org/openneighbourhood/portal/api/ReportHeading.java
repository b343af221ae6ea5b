package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** A row or column of a report table: a stable code and the words shown. */
public record ReportHeading(String code, String label) implements Serializable {}
