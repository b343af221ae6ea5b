package org.openneighbourhood.portal.api;

/** The body of PUT /people/{id}/plan/goals/{goalId}. */
public record GoalUpdate(
    String description, Integer importance, Integer confidence, String status) {}
