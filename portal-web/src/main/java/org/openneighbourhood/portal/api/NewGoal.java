package org.openneighbourhood.portal.api;

public record NewGoal(String description) {}
