package org.openneighbourhood.api.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.audit.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.referral.control.ReferralRepository;

/** Use cases: browse the service directory. */
@ApplicationScoped
@Transactional
public class Directory {

  @Inject ServiceRepository services;
  @Inject ReferralRepository referrals;
  @Inject AccessPolicy policy;

  public List<ServiceView> list(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return services.all().stream().map(ServiceView::of).toList();
  }

  /**
   * The service's own organisation declares its capacity; reaching the most open referrals moves it
   * to its waiting list at once.
   */
  public ServiceView declareCapacity(Caller caller, UUID id, CapacityDeclaration declaration) {
    Service service = services.find(id).orElseThrow(() -> new RecordNotFoundException("Service"));
    Access access =
        policy.toOwnedBy(
            caller,
            Operation.SERVICE_CAPACITY,
            RecordType.DIRECTORY,
            id,
            service.organisation().alias());
    services.lock(service);
    service.declareCapacity(
        declaration.capacity, declaration.reopensOn, declaration.maxOpenReferrals);
    if (declaration.acceptsSelfReferral != null) {
      service.acceptSelfReferrals(declaration.acceptsSelfReferral);
    }
    service.waitlistWhenFull(referrals.openFor(id));
    access.record(RecordType.DIRECTORY, id);
    return ServiceView.of(service);
  }

  public ServiceView get(Caller caller, UUID id) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return services
        .find(id)
        .map(ServiceView::of)
        .orElseThrow(() -> new RecordNotFoundException("Service"));
  }
}
