package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.person.boundary.PersonView;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

class EncodedResourcesTest {

  private static final String BASE = "https://portal.example/api/fhir";

  private final EncodedResources kept = new EncodedResources(EncodedResources.KEPT);

  /**
   * A page written from the kept JSON is what HAPI writes, the first time (nothing kept yet) and
   * the next (all of it kept): every entry's resource where HAPI puts it, before its search, or at
   * its end when it has none; the page keeps its resources.
   */
  @Test
  void aPageFromKeptJsonIsByteForByteWhatHapiWrites() {
    Bundle page =
        page(
            ServiceRequests.of(whole(ReferralStatus.ACCEPTED)),
            ServiceRequests.of(masked()),
            ServiceRequests.of(whole(ReferralStatus.SENT)));
    page.getEntry()
        .get(0)
        .getSearch()
        .setMode(SearchEntryMode.MATCH)
        .setScore(new BigDecimal("0.50"));
    page.getEntry().get(1).getSearch().setMode(SearchEntryMode.MATCH);
    page.getEntry().get(2).getResponse().setStatus("200 OK"); // after the resource, with no search
    String hapis = parser().encodeResourceToString(page);
    List<Resource> shown =
        page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();

    assertEquals(hapis, kept.page(page, parser(), BASE).orElseThrow());
    assertEquals(hapis, kept.page(page, parser(), BASE).orElseThrow());
    for (int i = 0; i < shown.size(); i++) {
      assertSame(shown.get(i), page.getEntry().get(i).getResource());
    }
  }

  /**
   * What was kept from one page is written into another: in another order, in entries with other
   * elements around it.
   */
  @Test
  void aResourceKeptFromOnePageIsWrittenIntoAnother() {
    ServiceRequest accepted = ServiceRequests.of(whole(ReferralStatus.ACCEPTED));
    ServiceRequest declined = ServiceRequests.of(masked());
    Bundle first = page(accepted, declined);
    first.getEntry().get(0).getSearch().setMode(SearchEntryMode.MATCH);
    kept.page(first, parser(), BASE).orElseThrow();

    Bundle second = page(declined, accepted);
    second.getEntry().get(0).getResponse().setStatus("200 OK");
    second.getEntry().get(1).getSearch().setMode(SearchEntryMode.INCLUDE).setScore(BigDecimal.ONE);

    assertEquals(
        parser().encodeResourceToString(second), kept.page(second, parser(), BASE).orElseThrow());
  }

  @Test
  void anEmptyPageIsHapisToo() {
    Bundle page = page();
    assertEquals(
        parser().encodeResourceToString(page), kept.page(page, parser(), BASE).orElseThrow());
  }

  /**
   * The key is what the resource shows, not its id and version: the person's new name, on the same
   * version of the same referral, is written with the new name.
   */
  @Test
  void aReferralWhosePersonIsRenamedIsWrittenWithTheNewName() {
    ReferralView before = whole(ReferralStatus.ACCEPTED);
    PersonView renamed = renamed(before.person(), "Zoë");
    ReferralView after = ServiceRequestsTest.referral(renamed, ReferralStatus.ACCEPTED, true);
    assertEquals(before.version(), after.version());
    kept.page(page(ServiceRequests.of(before)), parser(), BASE).orElseThrow();

    Bundle page = page(ServiceRequests.of(after));
    String written = kept.page(page, parser(), BASE).orElseThrow();

    assertEquals(parser().encodeResourceToString(page), written);
    assertTrue(written.contains("Zoë Example"), written);
  }

  /** With room for one, each resource is written again when it was let go, and written right. */
  @Test
  void whatWasLetGoIsWrittenAgain() {
    EncodedResources one = new EncodedResources(1);
    Bundle page =
        page(ServiceRequests.of(whole(ReferralStatus.ACCEPTED)), ServiceRequests.of(masked()));
    String hapis = parser().encodeResourceToString(page);

    assertEquals(hapis, one.page(page, parser(), BASE).orElseThrow());
    assertEquals(hapis, one.page(page, parser(), BASE).orElseThrow());
  }

  /**
   * A resource that was not built from one value, or an entry with no full URL, is HAPI's to write.
   */
  @Test
  void aPageWithAResourceNotBuiltFromOneValueIsLeftToHapi() {
    Patient unmarked = new Patient();
    unmarked.setId("Patient/p1");
    assertTrue(kept.page(page(ServiceRequests.of(masked()), unmarked), parser(), BASE).isEmpty());

    Bundle noFullUrl = page(ServiceRequests.of(masked()));
    noFullUrl.getEntry().get(0).setFullUrl(null);
    assertTrue(kept.page(noFullUrl, parser(), BASE).isEmpty());
  }

  /**
   * Another server base is another key: HAPI writes a reference to the server's own base as a
   * relative one, so the same resource reads differently at each.
   */
  @Test
  void eachServerBaseHasItsOwn() {
    record Source(String subject) {}
    String subject = BASE + "/Patient/p1";
    ServiceRequest request = new ServiceRequest().setSubject(new Reference(subject));
    request.setId("ServiceRequest/s1");
    EncodedResources.builtFrom(request, new Source(subject));
    String elsewhere = "https://elsewhere.example/fhir";

    String here = kept.page(page(request), parser(BASE), BASE).orElseThrow();
    String there = kept.page(page(request), parser(elsewhere), elsewhere).orElseThrow();

    assertEquals(parser(BASE).encodeResourceToString(page(request)), here);
    assertEquals(parser(elsewhere).encodeResourceToString(page(request)), there);
    assertTrue(here.contains("\"reference\":\"Patient/p1\""), here);
    assertTrue(there.contains("\"reference\":\"" + subject + "\""), there);
  }

  private static IParser parser(String base) {
    return Fhir.context().newJsonParser().setServerBaseUrl(base);
  }

  private static IParser parser() {
    return parser(BASE);
  }

  private static Bundle page(Resource... resources) {
    Bundle page = new Bundle();
    page.setId("a-page");
    page.getMeta().setLastUpdatedElement(new InstantType("2026-12-07T10:00:00Z"));
    page.setType(Bundle.BundleType.SEARCHSET);
    page.setTotal(resources.length);
    page.addLink().setRelation("self").setUrl(BASE + "/ServiceRequest?status=active");
    for (Resource resource : resources) {
      page.addEntry()
          .setFullUrl(BASE + "/" + resource.getIdElement().toUnqualifiedVersionless().getValue())
          .setResource(resource);
    }
    return page;
  }

  private static ReferralView whole(ReferralStatus status) {
    return ServiceRequestsTest.referral(ServiceRequestsTest.shared(), status, true);
  }

  private static ReferralView masked() {
    return ServiceRequestsTest.referral(PersonView.hidden(), ReferralStatus.DECLINED, false);
  }

  private static PersonView renamed(PersonView person, String givenName) {
    return new PersonView(
        person.id(),
        person.nhsNumber(),
        givenName,
        person.familyName(),
        person.dateOfBirth(),
        person.shared(),
        person.address(),
        person.restricted(),
        person.safeguardingNotes(),
        person.ethnicity(),
        person.sex(),
        person.withheld());
  }
}
