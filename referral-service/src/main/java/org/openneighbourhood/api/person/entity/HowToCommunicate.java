package org.openneighbourhood.api.person.entity;

import java.util.List;
import java.util.Optional;

/**
 * How to communicate with the person, from their "About me": what every page about them shows
 * first.
 *
 * @param needs the support they need to communicate (large print, an interpreter...)
 * @param preferredContact how they would like to be contacted, if they said
 * @param inTheirWords how to communicate with them, in their own words; null if they wrote none
 */
public record HowToCommunicate(
    List<CommunicationNeed> needs,
    Optional<PreferredContact> preferredContact,
    String inTheirWords) {

  public HowToCommunicate {
    needs = List.copyOf(needs);
  }
}
