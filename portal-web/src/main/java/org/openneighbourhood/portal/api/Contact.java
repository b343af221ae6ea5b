package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/** Someone to contact about a service (a role, a team or a named person), with their phones. */
public record Contact(
    String name, String title, String department, String email, List<Phone> phones)
    implements Serializable {}
