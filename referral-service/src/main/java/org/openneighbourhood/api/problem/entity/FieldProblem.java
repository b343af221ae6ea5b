package org.openneighbourhood.api.problem.entity;

/** One invalid input field, named by its JSON property name. */
public record FieldProblem(String field, String message) {}
