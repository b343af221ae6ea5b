package org.openneighbourhood.api.access.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Audit written in one place: when an {@link Audited} use case completes, inside its transaction
 * (this runs within {@code @Transactional}), every access the policy allowed it and it did not
 * record itself is written as one row about its subject. A use case that throws writes nothing
 * allowed (its transaction is rolled back); the policy has already written its refusal in a
 * transaction of its own.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditedUseCases {

  @Inject Disclosures disclosures;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    disclosures.entered();
    boolean completed = false;
    try {
      Object result = invocation.proceed();
      completed = true;
      return result;
    } finally {
      if (disclosures.left()) {
        if (completed) {
          disclosures.writeAll();
        } else {
          disclosures.forget();
        }
      }
    }
  }
}
