package org.openneighbourhood.api.schema.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/**
 * Runs a {@link ReadsOnly} use case with the transaction's persistence context loading entities
 * read-only and flushing at commit, then puts back what it had. Inside the transaction ({@code
 * Transactional} runs first), as the persistence context belongs to it.
 */
@ReadsOnly
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ReadingOnly {

  @PersistenceContext EntityManager em;

  @AroundInvoke
  public Object readOnly(InvocationContext invocation) throws Exception {
    Session session = em.unwrap(Session.class);
    FlushModeType flushBefore = em.getFlushMode();
    boolean readOnlyBefore = session.isDefaultReadOnly();
    em.setFlushMode(FlushModeType.COMMIT);
    session.setDefaultReadOnly(true);
    try {
      return invocation.proceed();
    } finally {
      session.setDefaultReadOnly(readOnlyBefore);
      em.setFlushMode(flushBefore);
    }
  }
}
