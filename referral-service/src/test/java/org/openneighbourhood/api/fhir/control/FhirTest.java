package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.api.BundleInclusionRule;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.api.BundleLinks;
import ca.uhn.fhir.rest.api.IVersionSpecificBundleFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.hapi.rest.server.R4BundleFactory;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FhirTest {

  private static final String BASE = "https://portal.example/api/fhir";

  @Test
  void theServiceHasOneContextAndItsServerBuildsPagesWithTheFactoryThatSkipsTheWalk() {
    assertSame(Fhir.context(), Fhir.context());
    assertEquals(Fhir.SearchPages.class, Fhir.context().newBundleFactory().getClass());
  }

  /**
   * A page built without HAPI's walk for resources to include is, byte for byte, the page HAPI
   * builds: full URLs (from the server's base, or the resource's own), search modes and scores, and
   * a reference that holds a resource left out when no {@code _include} asks for it. With an {@code
   * _include}, or as another kind of Bundle, HAPI builds it.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"searchset", "searchset with _include", "history"})
  void aPageIsWhatHapiWouldHaveBuilt(String kind) {
    BundleTypeEnum type =
        kind.equals("history") ? BundleTypeEnum.HISTORY : BundleTypeEnum.SEARCHSET;
    Set<Include> includes =
        kind.endsWith("_include") ? Set.of(new Include("ServiceRequest:subject")) : Set.of();
    FhirContext fhir = Fhir.context();

    String ours = page(fhir.newBundleFactory(), type, includes);
    String hapis = page(new R4BundleFactory(fhir), type, includes);

    assertEquals(hapis, ours);
  }

  private static String page(
      IVersionSpecificBundleFactory factory, BundleTypeEnum type, Set<Include> includes) {
    BundleLinks links = new BundleLinks(BASE, includes, false, type);
    links.setSelf(BASE + "/ServiceRequest?status=active");
    factory.addRootPropertiesToBundle("page-1", links, 4, null);
    factory.addResourcesToBundle(
        resources(), type, BASE, BundleInclusionRule.BASED_ON_INCLUDES, includes);
    return Fhir.context().newJsonParser().encodeResourceToString(factory.getResourceBundle());
  }

  /** New each time: a factory may change what it is given. */
  private static List<IBaseResource> resources() {
    ServiceRequest found = new ServiceRequest();
    found.setId("ServiceRequest/a1/_history/3");
    found.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    Patient held = new Patient();
    held.setId("Patient/p1");
    held.addName().setFamily("Held");
    found.setSubject(new Reference(held));
    ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(found, BundleEntrySearchModeEnum.MATCH);
    ResourceMetadataKeyEnum.ENTRY_SEARCH_SCORE.put(found, new BigDecimal("0.5"));

    ServiceRequest elsewhere = new ServiceRequest();
    elsewhere.setId("https://other.example/fhir/ServiceRequest/b2/_history/1");
    elsewhere.setSubject(new Reference("Patient/p2"));

    ServiceRequest noId = new ServiceRequest();
    noId.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);

    OperationOutcome outcome = new OperationOutcome();
    outcome.setId("OperationOutcome/warning");
    outcome.addIssue().setDiagnostics("Some were left out");
    ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(outcome, BundleEntrySearchModeEnum.OUTCOME);
    return List.of(found, elsewhere, noId, outcome);
  }
}
