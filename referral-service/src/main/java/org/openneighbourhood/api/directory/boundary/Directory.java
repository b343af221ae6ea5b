package org.openneighbourhood.api.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.audit.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;

/** Use cases: browse the service directory. */
@ApplicationScoped
@Transactional
public class Directory {

  @Inject ServiceRepository services;
  @Inject AccessPolicy policy;

  public List<ServiceView> list(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return services.all().stream().map(ServiceView::of).toList();
  }

  public ServiceView get(Caller caller, UUID id) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return services
        .find(id)
        .map(ServiceView::of)
        .orElseThrow(() -> new RecordNotFoundException("Service"));
  }
}
