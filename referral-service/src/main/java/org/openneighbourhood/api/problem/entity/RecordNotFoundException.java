package org.openneighbourhood.api.problem.entity;

/** The record asked for does not exist (or the caller may not know that it does). */
public class RecordNotFoundException extends DomainException {

  public RecordNotFoundException(String what) {
    super(ProblemType.NOT_FOUND, what + " not found");
  }
}
