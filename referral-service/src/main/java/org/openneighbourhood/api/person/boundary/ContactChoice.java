package org.openneighbourhood.api.person.boundary;

import org.openneighbourhood.api.person.entity.Person;

/**
 * How a person wants news of their referrals and plan: e-mail updates to an address, texts to a UK
 * mobile number (07... or +447...), both, or none. Each says only that there is news, with a link.
 * {@code mobile} is answered as the person would write it (07700 900982); {@code textsOffered} is
 * answered only, and false when this portal sends no texts (choosing them is then refused).
 */
public record ContactChoice(
    String email, Boolean emailUpdates, String mobile, Boolean textUpdates, Boolean textsOffered) {

  static ContactChoice of(Person person, boolean textsOffered) {
    return new ContactChoice(
        person.email().orElse(null),
        person.emailUpdates(),
        person.mobile().map(m -> m.national()).orElse(null),
        person.textUpdates(),
        textsOffered);
  }
}
