package org.openneighbourhood.portal.layout;

import java.io.Serializable;

/** One option of a radio group or select: the value sent and the words shown. */
public record Choice(String value, String label) implements Serializable {}
