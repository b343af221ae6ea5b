package org.openneighbourhood.api.identity.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** The token endpoint's answer to the service account's client-credentials grant. */
public record ServiceToken(
    @JsonbProperty("access_token") String accessToken,
    @JsonbProperty("expires_in") long expiresIn) {}
