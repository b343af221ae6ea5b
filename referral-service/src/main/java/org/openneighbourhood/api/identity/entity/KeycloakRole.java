package org.openneighbourhood.api.identity.entity;

/** A realm role as Keycloak's role mappings read and write it. */
public record KeycloakRole(String id, String name) {}
