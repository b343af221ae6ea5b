package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Organization;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.fhir.control.Directories;
import org.openneighbourhood.api.fhir.control.DirectoryLookup;
import org.openneighbourhood.api.fhir.control.DirectoryLookup.Page;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.schema.control.FlushAtCommit;

/**
 * Use cases of {@code HealthcareService}, {@code Organization} and {@code Location}: the directory,
 * which everyone signed in reads ({@code fhir.directory.*}, the rows of {@code directory.list}).
 * About no one person, so, as on the REST API, nothing is audited but a refusal.
 */
@ApplicationScoped
@Transactional
@Audited
@FlushAtCommit
public class FhirDirectory {

  @Inject DirectoryLookup lookup;
  @Inject AccessPolicy policy;

  public HealthcareService service(Caller caller, UUID id) {
    read(caller);
    return Directories.of(
        lookup.service(id).orElseThrow(() -> new RecordNotFoundException("Service")));
  }

  public Organization organisation(Caller caller, UUID id) {
    read(caller);
    return Directories.of(
        lookup.organisation(id).orElseThrow(() -> new RecordNotFoundException("Organisation")));
  }

  public org.hl7.fhir.r4.model.Location location(Caller caller, UUID id) {
    read(caller);
    return Directories.of(
        lookup.location(id).orElseThrow(() -> new RecordNotFoundException("Location")));
  }

  public Page<HealthcareService> services(
      Caller caller, String name, Boolean active, UUID organisation, int offset, int size) {
    search(caller);
    return mapped(lookup.services(name, active, organisation, offset, size), Directories::of);
  }

  public Page<Organization> organisations(
      Caller caller, String name, Boolean active, int offset, int size) {
    search(caller);
    return mapped(lookup.organisations(name, active, offset, size), Directories::of);
  }

  public Page<org.hl7.fhir.r4.model.Location> locations(
      Caller caller, String name, UUID organisation, int offset, int size) {
    search(caller);
    return mapped(lookup.locations(name, organisation, offset, size), Directories::of);
  }

  /** Mapped in the transaction: a service's places are read as it is mapped. */
  private static <T, R> Page<R> mapped(Page<T> page, Function<T, R> mapper) {
    return new Page<>(page.rows().stream().map(mapper).toList(), page.total());
  }

  private void read(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.FHIR_DIRECTORY_READ, RecordType.DIRECTORY);
  }

  private void search(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.FHIR_DIRECTORY_SEARCH, RecordType.DIRECTORY);
  }
}
