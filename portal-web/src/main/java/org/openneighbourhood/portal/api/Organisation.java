package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.UUID;

/** A partner organisation of the neighbourhood. */
public record Organisation(
    UUID id, String alias, String name, String sector, String odsCode, String charityNumber)
    implements Serializable {}
