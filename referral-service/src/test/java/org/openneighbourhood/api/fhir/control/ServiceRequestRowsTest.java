package org.openneighbourhood.api.fhir.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.parser.IParser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.Accesses;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Relationship;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.directory.entity.Capacity;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.entity.Actor;
import org.openneighbourhood.api.referral.entity.Deadline;
import org.openneighbourhood.api.referral.entity.Referral;
import org.openneighbourhood.api.referral.entity.StatusChange;
import org.openneighbourhood.api.referral.entity.Urgency;

/**
 * A search builds each {@code ServiceRequest} from the page's columns ({@link ReferralSearch.Row}),
 * a read from the referral's whole {@link ReferralView}: in every cell of the policy table that
 * shows the referral, and for every kind of referral, the same JSON.
 */
class ServiceRequestRowsTest {

  private static final Instant SENT = Instant.parse("2026-12-14T10:00:00Z");
  private static final IParser JSON = Fhir.context().newJsonParser();

  static Stream<Arguments> everyCellAndReferral() {
    List<Arguments> cells = new ArrayList<>();
    for (var referral : referrals().entrySet()) {
      for (String role : Role.ALL) {
        for (Relationship relationship : Relationship.values()) {
          Accesses.decided(role, Operation.FHIR_SERVICE_REQUEST_SEARCH, relationship)
              .ifPresent(
                  access ->
                      cells.add(
                          Arguments.of(
                              referral.getKey(), role, relationship, referral.getValue(), access)));
        }
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0}, {1} {2}")
  @MethodSource("everyCellAndReferral")
  void theColumnsShowWhatTheViewShows(
      String kind, String role, Relationship relationship, Referral referral, Access access) {
    ReferralView.Context context =
        new ReferralView.Context(true, SENT, Set.of(), List.of()).withoutMessages();
    ReferralView view =
        access.masked()
            ? ReferralView.masked(referral, context)
            : ReferralView.of(referral, access, context);
    assertEquals(
        JSON.encodeResourceToString(ServiceRequests.of(view)),
        JSON.encodeResourceToString(ServiceRequests.of(row(referral), access.masked())));
  }

  @Test
  void everyKindOfReferralMeetsBothAMaskedAndAWholeAccess() {
    List<Arguments> cells = everyCellAndReferral().toList();
    for (String kind : referrals().keySet()) {
      for (boolean masked : new boolean[] {true, false}) {
        assertTrue(
            cells.stream()
                .anyMatch(
                    cell ->
                        cell.get()[0].equals(kind) && ((Access) cell.get()[4]).masked() == masked),
            kind + (masked ? " masked" : " whole"));
      }
    }
  }

  /** The row the page's statement reads for this referral, column by column. */
  private static ReferralSearch.Row row(Referral referral) {
    Organisation sender = referral.referringOrganisation().orElse(null);
    return new ReferralSearch.Row(
        referral.id(),
        referral.version(),
        referral.status(),
        referral.urgency(),
        referral.createdAt(),
        referral.sentAt().orElse(null),
        referral.timeline().stream().map(StatusChange::at).max(Instant::compareTo).orElse(null),
        referral.reason(),
        referral.whatMattersToMe().orElse(null),
        referral.person().id(),
        referral.person().nhsNumber(),
        referral.person().givenName(),
        referral.person().familyName(),
        referral.service().id(),
        referral.service().name(),
        referral.receivingOrganisation().id(),
        referral.receivingOrganisation().name(),
        referral.receivingOrganisation().alias(),
        sender == null ? null : sender.id(),
        sender == null ? null : sender.name(),
        sender == null ? null : sender.alias());
  }

  /** Each kind of referral a search finds: sent, answered, a person's own, a draft. */
  private static Map<String, Referral> referrals() {
    Organisation pcn =
        new Organisation(
            UUID.randomUUID(), "northgate-pcn", "Northgate PCN", Sector.PCN, "U90001", null, null);
    Organisation greenMinds =
        new Organisation(
            UUID.randomUUID(), "green-minds", "Green Minds", Sector.VCFSE, null, "1190001", null);
    Person pat =
        new Person(
            UUID.randomUUID(),
            NhsNumber.parse("9990000018"),
            "Pat",
            "Example",
            LocalDate.of(1958, 4, 12),
            LocalDate.of(2025, 1, 1));
    Service walking =
        new Service(
            UUID.randomUUID(), greenMinds, "Walking", "Walks", List.of(), Capacity.ACCEPTING, 4);
    walking.acceptSelfReferrals(true);
    Deadline deadline = new Deadline(Instant.parse("2026-12-19T00:00:00Z"), null);
    Referral sent =
        Referral.send(
            UUID.randomUUID(),
            new Referral.Request(
                pat, walking, pcn, "Lina Link", null, "Lonely", null, Urgency.ROUTINE, null),
            true,
            deadline,
            SENT);
    Referral answered =
        Referral.send(
            UUID.randomUUID(),
            new Referral.Request(
                pat,
                walking,
                pcn,
                "Lina Link",
                null,
                "Lonely",
                "Time in my garden",
                Urgency.URGENT,
                null),
            true,
            deadline,
            SENT);
    answered.markSeen("Vera Volunteer", SENT.plusSeconds(60));
    answered.accept("Vera Volunteer", "See you Tuesday", SENT.plusSeconds(120));
    answered.write(
        Actor.RECEIVER, "Vera Volunteer", "A message changes no status", SENT.plusSeconds(180));
    Referral own =
        Referral.selfReferral(
            UUID.randomUUID(), pat, walking, "I would like company", "Walking", deadline, SENT);
    Referral draft =
        Referral.draft(
            UUID.randomUUID(),
            new Referral.Request(
                pat, walking, pcn, "Lina Link", null, "Lonely", null, Urgency.ROUTINE, null),
            SENT);
    return Map.of("sent", sent, "answered", answered, "self-referral", own, "draft", draft);
  }
}
