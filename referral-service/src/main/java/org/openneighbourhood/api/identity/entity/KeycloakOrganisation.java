package org.openneighbourhood.api.identity.entity;

import java.util.List;
import java.util.Map;

/** An organisation as Keycloak's Admin REST API writes and reads it. */
public record KeycloakOrganisation(
    String id,
    String alias,
    String name,
    Boolean enabled,
    List<Domain> domains,
    Map<String, List<String>> attributes) {

  /** An e-mail domain of the organisation. */
  public record Domain(String name, Boolean verified) {}
}
