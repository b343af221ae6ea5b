package org.openneighbourhood.api.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.audit.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;

/** Use cases: the list of partner organisations (part of the directory). */
@ApplicationScoped
@Transactional
public class Organisations {

  @Inject OrganisationRepository organisations;
  @Inject AccessPolicy policy;

  public List<OrganisationView> list(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return organisations.all().stream().map(OrganisationView::of).toList();
  }
}
