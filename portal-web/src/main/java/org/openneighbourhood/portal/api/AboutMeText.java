package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/** The body of PUT /people/{id}/plan/about-me; a null part is cleared. */
public record AboutMeText(
    String whatMattersToMe,
    String importantPeople,
    String communication,
    List<String> communicationNeeds,
    String preferredContact,
    String pleaseDo,
    String pleaseDont,
    String wellness)
    implements Serializable {}
