package org.openneighbourhood.api.schema.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Work whose statements may rightly take longer than a request waits for the database's answer.
 *
 * <p>Every pooled connection gives up on an answer that takes longer than {@code
 * SchemaMigration.ANSWER_SECONDS}: the database is then taken to be hung (a frozen host, a network
 * partition that drops packets), the connection is closed, and the request gets the usual 503
 * instead of waiting for ever. A few kinds of work may rightly take longer: the schema migrations
 * at start-up (an index on a million rows), and the scheduler's rounds that count every referral
 * again. They raise the limit to {@link #LIMIT} on the connection they use, and set it back before
 * the connection returns to the pool. Not to no limit at all: a database lost in the middle of a
 * statement (its host gone, with no reset sent) would then hold the scheduler's one thread, and
 * every job after it, for ever.
 */
@ApplicationScoped
public class SlowStatements {

  private static final Logger LOG = Logger.getLogger(SlowStatements.class.getName());

  /** How long slow work waits for one answer from the database. */
  public static final Duration LIMIT = Duration.ofHours(1);

  /** pgjdbc sets the socket's timeout on the calling thread and never uses the executor. */
  private static final Executor CALLER = Runnable::run;

  @PersistenceContext EntityManager em;

  /** Runs the work in the caller's transaction, on a connection that waits up to {@link #LIMIT}. */
  @Transactional(TxType.MANDATORY)
  public int run(IntSupplier work) {
    Session session = em.unwrap(Session.class);
    int before = session.doReturningWork(SlowStatements::lift);
    try {
      return work.getAsInt();
    } finally {
      try {
        session.doWork(connection -> setBack(connection, before));
      } catch (RuntimeException gone) {
        // No connection to set back (the work's failure ended it): the pool discards it.
        LOG.fine(() -> "Could not set the database's answer limit back: " + gone);
      }
    }
  }

  /**
   * The pool, with connections that wait up to {@link #LIMIT}, each set back as it is closed
   * (returned to the pool). For Flyway, which takes and closes connections itself.
   */
  public static DataSource unhurried(DataSource pool) {
    return new Unhurried(pool);
  }

  /** Raises the connection's limit on waiting for an answer to {@link #LIMIT}. */
  private static int lift(Connection connection) throws SQLException {
    int before = connection.getNetworkTimeout();
    connection.setNetworkTimeout(CALLER, (int) LIMIT.toMillis());
    return before;
  }

  /**
   * Sets the connection's limit back to what it was. A connection that failed under the work cannot
   * be set, and need not be: the pool discards it, limit and all.
   */
  private static void setBack(Connection connection, int before) {
    try {
      connection.setNetworkTimeout(CALLER, before);
    } catch (SQLException broken) {
      LOG.fine(() -> "Could not set the database's answer limit back: " + broken);
    }
  }

  /** Closing a connection sets its limit back first. */
  private static Connection restoringOnClose(Connection connection, int before) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            setBack(connection, before);
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            SlowStatements.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static final class Unhurried implements DataSource {

    private final DataSource pool;

    Unhurried(DataSource pool) {
      this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return unhurried(pool.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return unhurried(pool.getConnection(user, password));
    }

    private static Connection unhurried(Connection connection) throws SQLException {
      try {
        return restoringOnClose(connection, lift(connection));
      } catch (SQLException | RuntimeException failed) {
        connection.close();
        throw failed;
      }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return pool.isWrapperFor(type);
    }
  }
}
