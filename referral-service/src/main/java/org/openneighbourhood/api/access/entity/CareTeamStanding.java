package org.openneighbourhood.api.access.entity;

/**
 * Where an organisation stands with a person through their care team.
 *
 * @param inCareTeam whether the organisation is in the person's care team now
 * @param consentInForce whether an agreement to share with it is in force
 */
public record CareTeamStanding(boolean inCareTeam, boolean consentInForce) {}
