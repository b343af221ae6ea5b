package org.openneighbourhood.api.http.entity;

import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * A change to a versioned record (a referral, a part of a plan) must say which version it changes
 * (If-Match).
 */
public class VersionRequiredException extends DomainException {

  public VersionRequiredException() {
    super(
        ProblemType.VERSION_REQUIRED,
        "Send the version you are changing (the referral's ETag, or the version of the part of the"
            + " plan) in an If-Match header, so that a change someone else made in the meantime is"
            + " not overwritten");
  }
}
