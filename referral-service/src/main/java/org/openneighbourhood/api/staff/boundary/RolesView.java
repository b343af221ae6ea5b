package org.openneighbourhood.api.staff.boundary;

import java.util.List;
import org.openneighbourhood.api.organisation.entity.Sector;

/** The roles the admin's organisation may give, for the invitation form. */
public record RolesView(Sector sector, List<String> roles) {}
