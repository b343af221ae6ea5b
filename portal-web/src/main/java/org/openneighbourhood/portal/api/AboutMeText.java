package org.openneighbourhood.portal.api;

import java.io.Serializable;

/** The body of PUT /people/{id}/plan/about-me; a null part is cleared. */
public record AboutMeText(
    String whatMattersToMe,
    String importantPeople,
    String communication,
    String pleaseDo,
    String pleaseDont,
    String wellness)
    implements Serializable {}
