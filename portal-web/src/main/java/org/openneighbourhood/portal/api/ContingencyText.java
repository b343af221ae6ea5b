package org.openneighbourhood.portal.api;

/** The body of PUT /people/{id}/plan/contingency; a null part is cleared. */
public record ContingencyText(String whatMightGoWrong, String whatToDo, String whoToContact) {}
