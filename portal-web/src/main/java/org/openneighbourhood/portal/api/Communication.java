package org.openneighbourhood.portal.api;

import java.io.Serializable;
import java.util.List;

/**
 * How to communicate with the person, from their plan's About me: the Accessible Information
 * Standard's needs (codes of CommunicationWords), their preferred contact and their own words.
 */
public record Communication(List<String> needs, String preferredContact, String inTheirWords)
    implements Serializable {

  public List<String> needsOrNone() {
    return needs == null ? List.of() : needs;
  }
}
