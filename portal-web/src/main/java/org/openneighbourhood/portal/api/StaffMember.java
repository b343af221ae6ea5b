package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/**
 * Someone who works for the admin's organisation. {@code invited}: they have not set a password
 * yet; {@code active}: their account is enabled.
 */
public record StaffMember(
    String id, String name, String email, List<String> roles, boolean active, boolean invited)
    implements Serializable {}
