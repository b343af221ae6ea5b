package org.openneighbourhood.api.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.organisation.control.Areas;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;

/**
 * Use cases: the list of partner organisations (part of the directory); the caller's own; the
 * neighbourhood's areas (its PCNs) and which area an organisation belongs to.
 */
@ApplicationScoped
@Transactional
@Audited
public class Organisations {

  @Inject OrganisationRepository organisations;
  @Inject AccessPolicy policy;
  @Inject Areas areas;

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

  /** The neighbourhood's areas, one per PCN, by name: what reports can be filtered by. */
  public List<AreaView> areas(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.ORGANISATION_AREAS, RecordType.DIRECTORY);
    return areas.all().stream().map(AreaView::of).toList();
  }

  /**
   * Puts an organisation in the area of the PCN the choice names, or in none when it names none.
   *
   * @throws RecordNotFoundException when there is no organisation {@code id}
   */
  public OrganisationView changePcn(Caller caller, UUID id, PcnChoice choice) {
    Access access =
        policy.checkWithoutPerson(caller, Operation.ORGANISATION_PCN, RecordType.ORGANISATION);
    Organisation organisation =
        organisations.find(id).orElseThrow(() -> new RecordNotFoundException("Organisation"));
    organisation.belongToAreaOf(areas.chosen(choice.pcnId));
    access.record(RecordType.ORGANISATION, organisation.id());
    return OrganisationView.of(organisation);
  }
}
