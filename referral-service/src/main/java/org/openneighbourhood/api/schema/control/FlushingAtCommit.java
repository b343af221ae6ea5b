package org.openneighbourhood.api.schema.control;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Runs a {@link FlushAtCommit} use case with the transaction's persistence context flushing at
 * commit, then puts back what it had: a reading use case called from one that writes leaves the
 * writer's queries flushing as before. Inside the transaction ({@code @Transactional} runs first),
 * as the persistence context belongs to it.
 */
@FlushAtCommit
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class FlushingAtCommit {

  @PersistenceContext EntityManager em;

  @AroundInvoke
  public Object atCommit(InvocationContext invocation) throws Exception {
    FlushModeType before = em.getFlushMode();
    em.setFlushMode(FlushModeType.COMMIT);
    try {
      return invocation.proceed();
    } finally {
      em.setFlushMode(before);
    }
  }
}
