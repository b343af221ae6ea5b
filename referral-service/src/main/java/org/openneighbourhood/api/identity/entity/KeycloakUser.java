package org.openneighbourhood.api.identity.entity;

import java.util.List;

/** A user as Keycloak's Admin REST API writes and reads it; only the fields this API uses. */
public record KeycloakUser(
    String id,
    String username,
    String email,
    String firstName,
    String lastName,
    Boolean enabled,
    Boolean emailVerified,
    List<String> requiredActions) {

  public static KeycloakUser invited(String email, String firstName, String lastName) {
    return new KeycloakUser(
        null, email, email, firstName, lastName, true, false, List.of("UPDATE_PASSWORD"));
  }

  public static KeycloakUser disabled() {
    return new KeycloakUser(null, null, null, null, null, false, null, null);
  }

  public static KeycloakUser enabledAgain() {
    return new KeycloakUser(null, null, null, null, null, true, null, null);
  }

  /** Not a bean getter: JSON-B would send it to Keycloak as a field. */
  public boolean active() {
    return Boolean.TRUE.equals(enabled);
  }
}
