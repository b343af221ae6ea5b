package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The body of PUT /people/{id}/plan/contingency; a null part is cleared. */
public record ContingencyText(String whatMightGoWrong, String whatToDo, String whoToContact)
    implements Serializable {}
