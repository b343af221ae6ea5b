package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * A partner organisation of the neighbourhood, with the PCN whose area it belongs to (null for a
 * PCN, which is an area itself, and for one in no area yet).
 */
public record Organisation(
    UUID id,
    String alias,
    String name,
    String sector,
    String odsCode,
    String charityNumber,
    Area pcn)
    implements Serializable {}
