package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/** The roles the admin's kind of organisation may give its staff. */
public record StaffRoles(String sector, List<String> roles) implements Serializable {}
