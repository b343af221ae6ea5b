package org.openneighbourhood.api.person.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of POST /people/{id}/safeguarding-notes. */
// A class, not a record: see PersonRegistration.
public class NewSafeguardingNote {

  @NotBlank(message = "Enter the safeguarding note")
  @Size(max = 4000, message = "A safeguarding note has at most 4000 characters")
  public String text;

  public NewSafeguardingNote() {}

  public NewSafeguardingNote(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return "NewSafeguardingNote[not shown]";
  }
}
