package org.openneighbourhood.api.directory.entity;

import java.util.List;

/** What an organisation says about one contact of a service, with the contact's phones. */
public record ContactDetails(
    String name, String title, String department, String email, List<PhoneDetails> phones) {

  public ContactDetails {
    phones = List.copyOf(phones);
  }
}
