package org.openneighbourhood.api.person.boundary;

import org.openneighbourhood.api.person.entity.Person;

/** How a person wants news of their referrals: e-mail updates to an address, or none. */
public record ContactChoice(String email, Boolean emailUpdates) {

  static ContactChoice of(Person person) {
    return new ContactChoice(person.email().orElse(null), person.emailUpdates());
  }
}
