package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.AuditEvent;
import org.openneighbourhood.api.fhir.control.AuditEvents;
import org.openneighbourhood.api.fhir.control.Pages;
import org.openneighbourhood.api.fhir.control.Parameters;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/**
 * {@code AuditEvent}: a person's own access log (UKCore-AuditEvent), searched for by naming the
 * person, and narrowed by {@code entity} to the lines about one of the resources that show their
 * record. There is no read by id: the log is the person's as a whole, as on the REST API.
 */
@Dependent
public class AuditEventProvider implements IResourceProvider {

  private static final Set<String> PARAMETERS =
      Set.of(AuditEvent.SP_PATIENT, AuditEvent.SP_PATIENT + ":identifier", AuditEvent.SP_ENTITY);

  private static final Pattern ENTITY =
      Pattern.compile("(Patient|ServiceRequest|CarePlan|CareTeam|Consent)/[0-9a-f-]{36}");

  @Inject CurrentCaller caller;
  @Inject FhirAccessLogs accessLogs;

  @Override
  public Class<AuditEvent> getResourceType() {
    return AuditEvent.class;
  }

  /** The declared parameters are what the CapabilityStatement lists; the person is needed. */
  @Search(allowUnknownParams = true)
  public IBundleProvider search(
      RequestDetails request,
      @OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = AuditEvent.SP_ENTITY) ReferenceParam entity,
      @Offset Integer offset,
      @Count Integer count) {
    Parameters asked = new Parameters(request).allowOnly(PARAMETERS);
    NamedPerson person = NamedPerson.of(asked, "AuditEvent");
    Optional<String> about = asked.single(AuditEvent.SP_ENTITY).map(String::trim);
    if (about.isPresent() && !ENTITY.matcher(about.get()).matches()) {
      throw new InvalidRequestException(
          "Search parameter entity takes a reference to Patient, ServiceRequest, CarePlan,"
              + " CareTeam or Consent by its id");
    }
    Pages.Page page = Pages.of(offset, count);
    List<AuditEvent> events =
        accessLogs.search(caller.get(), person.id(), person.nhsNumber()).stream()
            .flatMap(
                log ->
                    log.entries().stream()
                        .filter(
                            entry ->
                                about.isEmpty()
                                    || AuditEvents.entities(log.personId(), entry)
                                        .contains(about.get()))
                        .map(entry -> AuditEvents.of(log.personId(), entry)))
            .toList();
    int from = Math.min(page.offset(), events.size());
    int to = Math.min(from + page.size(), events.size());
    return page.answer(events.subList(from, to), events.size());
  }
}
