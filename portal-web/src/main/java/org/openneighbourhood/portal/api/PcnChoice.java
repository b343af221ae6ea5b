package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The PCN whose area an organisation belongs to, by id; null for none. */
public record PcnChoice(String pcnId) implements Serializable {}
