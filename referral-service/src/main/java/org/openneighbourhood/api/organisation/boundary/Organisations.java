package org.openneighbourhood.api.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;

/** Use cases: the list of partner organisations (part of the directory); the caller's own. */
@ApplicationScoped
@Transactional
@Audited
public class Organisations {

  @Inject OrganisationRepository organisations;
  @Inject AccessPolicy policy;

  public List<OrganisationView> list(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.DIRECTORY_LIST, RecordType.DIRECTORY);
    return organisations.all().stream().map(OrganisationView::of).toList();
  }

  /**
   * The organisations the caller may act for, as Keycloak had them a few seconds ago at most (the
   * portal offers the choice when there are several).
   */
  public List<OrganisationView> mine(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.ORGANISATION_MINE, RecordType.DIRECTORY);
    return caller.organisations().stream()
        .map(organisations::findByAlias)
        .flatMap(Optional::stream)
        .sorted(Comparator.comparing(Organisation::name))
        .map(OrganisationView::of)
        .toList();
  }
}
