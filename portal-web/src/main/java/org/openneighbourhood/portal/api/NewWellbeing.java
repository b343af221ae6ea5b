package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The body of POST /people/{id}/plan/wellbeing. */
public record NewWellbeing(
    String occasion, int lifeSatisfaction, int worthwhile, int happiness, int anxiety)
    implements Serializable {}
