package org.openneighbourhood.api.fhir.boundary;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.ExceptionHandlingInterceptor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import org.openneighbourhood.api.fhir.control.Fhir;

/**
 * The FHIR R4 API, HAPI FHIR's plain server, at {@code /fhir} beside the REST API (JAX-RS at {@code
 * /}: a servlet mapped to {@code /fhir/*} is the longer match, so the two never meet). It answers
 * JSON unless asked for XML, and pages searches by {@code _offset} (no search is kept in memory, so
 * any instance answers any page). Its {@code /metadata} is what HAPI draws from the providers
 * below. Its HAPI context is the service's one ({@link Fhir}).
 */
@WebServlet(urlPatterns = FhirServlet.PATH + "/*", displayName = "FHIR R4 API")
public class FhirServlet extends RestfulServer {

  public static final String PATH = "/fhir";

  private static final long serialVersionUID = 1L;

  @Inject transient ServiceRequestProvider serviceRequests;
  @Inject transient PatientProvider patients;
  @Inject transient CarePlanProvider carePlans;
  @Inject transient GoalProvider goals;
  @Inject transient ObservationProvider observations;
  @Inject transient CareTeamProvider careTeams;
  @Inject transient TaskProvider tasks;
  @Inject transient ProcedureProvider procedures;
  @Inject transient ConsentProvider consents;
  @Inject transient AuditEventProvider auditEvents;
  @Inject transient HealthcareServiceProvider services;
  @Inject transient OrganizationProvider organisations;
  @Inject transient LocationProvider places;
  @Inject transient ProcessMessageProvider processMessage;
  @Inject transient FhirGate gate;
  @Inject transient KeptSearchPages keptPages;

  public FhirServlet() {
    super(Fhir.context());
  }

  @Override
  protected void initialize() {
    setServerName("Neighbourhood portal FHIR API");
    setServerVersion("0.1.0");
    setImplementationDescription(
        "Referrals, people, their plans and the service directory of the neighbourhood portal, as FHIR R4 UK"
            + " Core 2.0.0 resources");
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setResourceProviders(
        List.of(
            serviceRequests,
            patients,
            carePlans,
            goals,
            observations,
            careTeams,
            tasks,
            procedures,
            consents,
            auditEvents,
            services,
            organisations,
            places));
    registerProvider(processMessage);
    registerInterceptor(gate);
    // Every failure as an OperationOutcome (with the message Outcomes wrote), never plain text
    registerInterceptor(new ExceptionHandlingInterceptor());
    registerInterceptor(keptPages);
  }
}
