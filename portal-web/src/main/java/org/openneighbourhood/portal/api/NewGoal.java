package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The body of POST /people/{id}/plan/goals; importance and confidence 1-10 or null. */
public record NewGoal(String description, Integer importance, Integer confidence)
    implements Serializable {}
