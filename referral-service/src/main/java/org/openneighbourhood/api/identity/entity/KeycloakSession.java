package org.openneighbourhood.api.identity.entity;

/** One of a user's sign-in sessions, as Keycloak's Admin REST API lists them. */
public record KeycloakSession(String id) {}
