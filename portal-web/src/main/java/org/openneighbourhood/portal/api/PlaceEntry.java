package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** A place where a service is given: street, town, postcode, and a name if it has one. */
public record PlaceEntry(String name, String address, String city, String postcode)
    implements Serializable {}
