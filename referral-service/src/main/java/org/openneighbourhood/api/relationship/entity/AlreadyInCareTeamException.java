package org.openneighbourhood.api.relationship.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

public class AlreadyInCareTeamException extends DomainException {

  public AlreadyInCareTeamException(String organisationName) {
    super(
        ProblemType.ALREADY_IN_CARE_TEAM,
        organisationName + " is already in this person's care team");
  }
}
