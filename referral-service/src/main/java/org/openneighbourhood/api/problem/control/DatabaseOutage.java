package org.openneighbourhood.api.problem.control;

import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a failure means the database could not be reached or went away mid-request (stopped,
 * restarting, failing over), rather than a fault in the request or the code: then the answer is 503
 * with Retry-After, and a retry (with the same Idempotency-Key for a submission) is safe. A
 * transaction manager that could not commit or roll back (SystemException) counts: with one
 * database behind it, that database went away mid-commit, and whether the commit happened is not
 * known, which is what a retry with the same key settles.
 */
public final class DatabaseOutage {

  /**
   * SQLSTATE classes and codes of a server that is not there: connection exceptions (08...), the
   * server shutting down or crashed (57P01, 57P02), starting up (57P03), no room for a connection
   * (53300).
   */
  private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

  private DatabaseOutage() {}

  public static boolean explains(Throwable failure) {
    return anyCause(
        failure,
        cause ->
            cause instanceof SQLTransientConnectionException
                || cause instanceof ConnectException
                || cause instanceof ResourceException
                || cause instanceof SystemException
                || cause instanceof SQLException sql && isOutage(sql.getSQLState())
                || cause
                    .getClass()
                    .getName()
                    .equals("org.hibernate.exception.JDBCConnectionException"));
  }

  /**
   * SQLSTATEs of a transaction the database stopped because another was changing the same rows at
   * the same moment: a deadlock it broke by rolling this one back (40P01), a serialization failure
   * (40001), a lock not to be had (55P03). Nothing of it was kept, and the same request again
   * normally goes through.
   */
  private static final Set<String> CONFLICTS = Set.of("40P01", "40001", "55P03");

  /**
   * Whether the failure is a transaction the database stopped for another's sake (a deadlock, a
   * serialization failure): a 503 with Retry-After like an outage, with nothing kept, rather than a
   * fault.
   */
  public static boolean lostToAnotherTransaction(Throwable failure) {
    return anyCause(
        failure,
        cause -> cause instanceof SQLException sql && CONFLICTS.contains(sql.getSQLState()));
  }

  /**
   * Whether the failure or any of its causes is such, through every cause and every SQLException's
   * next one, each looked at once (a chain may loop).
   */
  private static boolean anyCause(Throwable failure, Predicate<Throwable> such) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure;
        cause != null && seen.put(cause, true) == null;
        cause = next(cause)) {
      if (such.test(cause)) {
        return true;
      }
    }
    return false;
  }

  static boolean isOutage(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || STATES.contains(sqlState));
  }

  private static Throwable next(Throwable cause) {
    if (cause.getCause() != null) {
      return cause.getCause();
    }
    return cause instanceof SQLException sql ? sql.getNextException() : null;
  }
}
