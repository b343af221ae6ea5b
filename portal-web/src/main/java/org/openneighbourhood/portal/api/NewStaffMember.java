package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.Set;

/** Someone an organisation admin invites, with the roles they are to have. */
public record NewStaffMember(String firstName, String lastName, String email, Set<String> roles)
    implements Serializable {}
