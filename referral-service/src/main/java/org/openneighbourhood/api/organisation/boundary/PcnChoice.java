package org.openneighbourhood.api.organisation.boundary;

import jakarta.validation.constraints.Size;

/**
 * The body of PUT /organisations/{id}/pcn: the id of the PCN whose area the organisation belongs
 * to, or null (or empty) for none.
 */
// A class, not a record: see PersonRegistration (Payara's OpenAPI scanner and constrained records).
public class PcnChoice {

  @Size(max = 40, message = "Choose a primary care network from the list")
  public String pcnId;

  public PcnChoice() {}
}
