package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The body of PUT /people/{id}/plan/goals/{goalId}. */
public record GoalUpdate(String description, Integer importance, Integer confidence, String status)
    implements Serializable {}
