package org.openneighbourhood.api.problem.boundary;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openneighbourhood.api.problem.control.DatabaseOutage;
import org.openneighbourhood.api.problem.control.ProblemMapping;
import org.openneighbourhood.api.problem.entity.Problem;

/**
 * What a request that failed on the server is answered with, and what the log says of it, for every
 * way such a failure arrives (an exception mapper, the container's error page): a database that
 * cannot be reached, or a transaction it stopped for another's sake (a deadlock), is a 503 and one
 * line in the log; anything else an incident id, in the answer and next to the stack trace in the
 * log, so support can find one from the other.
 */
final class ServerFailures {

  private static final Logger LOG = Logger.getLogger(ServerFailures.class.getName());
  private static final ProblemMapping MAPPING = new ProblemMapping();

  private ServerFailures() {}

  static Problem problemFor(Throwable failure) {
    if (DatabaseOutage.explains(failure)) {
      LOG.warning(() -> "The database could not be reached: " + failure);
      return MAPPING.forDatabaseUnavailable();
    }
    if (DatabaseOutage.lostToAnotherTransaction(failure)) {
      LOG.info(() -> "Stopped by the database for a concurrent change, nothing kept: " + failure);
      return MAPPING.forConcurrentChange();
    }
    UUID incident = UUID.randomUUID();
    LOG.log(Level.SEVERE, "Unexpected error, incident urn:uuid:" + incident, failure);
    return MAPPING.forUnexpected(incident);
  }
}
