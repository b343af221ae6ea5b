package org.openneighbourhood.api.person.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

public class PersonAlreadyRegisteredException extends DomainException {

  public PersonAlreadyRegisteredException() {
    super(
        ProblemType.PERSON_ALREADY_REGISTERED,
        "A person with this NHS number is already registered");
  }
}
