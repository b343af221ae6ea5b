package org.openneighbourhood.api.problem.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aServerThatIsNotThereIsAnOutageHoweverDeepTheCause() {
    assertTrue(DatabaseOutage.explains(new SQLException("refused", "08001")));
    assertTrue(
        DatabaseOutage.explains(
            new EJBException(new PersistenceException(new SQLException("I/O error", "08006")))));
    assertTrue(DatabaseOutage.explains(new SQLException("terminating", "57P01")));
    assertTrue(DatabaseOutage.explains(new SQLException("starting up", "57P03")));
    assertTrue(
        DatabaseOutage.explains(
            new SQLException(
                "Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated"))));
    assertTrue(DatabaseOutage.explains(new IllegalStateException(new ConnectException("refused"))));
    assertTrue(
        DatabaseOutage.explains(
            new jakarta.transaction.TransactionalException(
                "commit failed", new jakarta.transaction.SystemException("connection closed"))));
    SQLException batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("connection lost", "08003"));
    assertTrue(DatabaseOutage.explains(batch));
  }

  @Test
  void aRefusedStatementOrABugIsNot() {
    assertFalse(DatabaseOutage.explains(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.explains(new SQLException("no state")));
    assertFalse(DatabaseOutage.explains(new NullPointerException()));
    assertFalse(DatabaseOutage.explains(new PersistenceException("constraint")));
  }

  @Test
  void aTransactionTheDatabaseStoppedForAnothersSakeIsAConflictNotAnOutage() {
    Throwable deadlock =
        new jakarta.transaction.TransactionalException(
            "rolled back",
            new PersistenceException(new SQLException("deadlock detected", "40P01")));
    assertTrue(DatabaseOutage.lostToAnotherTransaction(deadlock));
    assertFalse(DatabaseOutage.explains(deadlock));
    assertTrue(
        DatabaseOutage.lostToAnotherTransaction(
            new SQLException("could not serialize access", "40001")));
    assertTrue(
        DatabaseOutage.lostToAnotherTransaction(
            new SQLException("could not obtain lock", "55P03")));
    assertFalse(
        DatabaseOutage.lostToAnotherTransaction(new SQLException("duplicate key", "23505")));
    assertFalse(DatabaseOutage.lostToAnotherTransaction(new SQLException("refused", "08001")));
    assertFalse(DatabaseOutage.lostToAnotherTransaction(new NullPointerException()));
  }

  @Test
  void aCauseThatLoopsEnds() {
    SQLException first = new SQLException("first", "XX000");
    SQLException second = new SQLException("second", "XX000");
    first.setNextException(second);
    second.setNextException(first);
    assertFalse(DatabaseOutage.explains(first));
  }
}
