package org.openneighbourhood.api.fhir.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.configuration.control.Configured;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.directory.control.ServiceRepository;
import org.openneighbourhood.api.directory.entity.Service;
import org.openneighbourhood.api.directory.entity.ServiceNotAcceptingException;
import org.openneighbourhood.api.fhir.control.BarsBundles;
import org.openneighbourhood.api.fhir.control.BarsMessageLog;
import org.openneighbourhood.api.fhir.control.BarsMessages;
import org.openneighbourhood.api.fhir.control.BarsOutcomes;
import org.openneighbourhood.api.fhir.control.Fhir;
import org.openneighbourhood.api.fhir.entity.Bars;
import org.openneighbourhood.api.person.control.PersonRepository;
import org.openneighbourhood.api.person.entity.Person;
import org.openneighbourhood.api.referral.boundary.Referrals;
import org.openneighbourhood.api.referral.control.ReferralRepository;
import org.openneighbourhood.api.referral.entity.Referral;

/**
 * A partner system's referral request ({@code $process-message}) becomes a referral of the
 * portal's, in one transaction: the policy ({@code bars.process-message}) and the token's scope,
 * the message id claimed for the sending organisation (the same message again is answered as the
 * first was, and makes nothing), the person found by NHS number (or registered from the message),
 * then the referral sent as any other is ({@link Referrals#receive}), and the acknowledgement kept.
 */
@ApplicationScoped
@Transactional
@Audited
public class BarsInbox {

  private static final Operation OPERATION = Operation.BARS_PROCESS_MESSAGE;

  @Inject AccessPolicy policy;
  @Inject BarsMessageLog log;
  @Inject ServiceRepository services;
  @Inject PersonRepository people;
  @Inject Referrals referrals;
  @Inject ReferralRepository referralRows;
  @Inject Clock clock;

  @Inject
  @Configured(Setting.PORTAL_URL)
  String portalUrl;

  /**
   * @return the acknowledgement, as JSON: the same text for the same message sent again
   */
  public String receive(Caller caller, Set<String> scopes, BarsMessages.Inbound message) {
    policy.checkRole(caller, OPERATION, RecordType.REFERRAL);
    if (!scopes.contains(Bars.WRITE_SCOPE)) {
      throw AccessDeniedException.forbidden(
          "The token does not carry the scope " + Bars.WRITE_SCOPE);
    }
    String sender = policy.actingOrganisation(caller);
    UUID id = UUID.randomUUID();
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    Optional<BarsMessageLog.Earlier> earlier =
        log.claim(sender, message.messageId(), message.hash(), id, message.senderReference(), now);
    if (earlier.isPresent()) {
      return replay(caller, message, earlier.get());
    }
    Service service = services.find(message.serviceId()).orElseThrow(BarsMessages::unknownService);
    Person person =
        people.findByNhsNumber(message.nhsNumber()).orElseGet(() -> register(message, now));
    Access access = policy.toPerson(caller, OPERATION, person.id(), RecordType.REFERRAL);
    try {
      referrals.receive(
          access, person, service, message.referredBy(), message.reason(), message.urgency(), id);
    } catch (ServiceNotAcceptingException notTaking) {
      throw BarsOutcomes.unprocessable(IssueType.PROCESSING, notTaking.getMessage());
    }
    Referral referral = referralRows.find(id).orElseThrow();
    String acknowledgement =
        Fhir.context()
            .newJsonParser()
            .encodeResourceToString(
                BarsBundles.acknowledgement(
                    referral, message.messageId(), message.senderReference(), endpoint(), now));
    log.acknowledged(sender, message.messageId(), acknowledgement);
    return acknowledgement;
  }

  /** The same message again: the first answer; another message under the same id: 409. */
  private String replay(
      Caller caller, BarsMessages.Inbound message, BarsMessageLog.Earlier earlier) {
    if (!earlier.hash().equals(message.hash())) {
      throw BarsOutcomes.refused(
          409,
          IssueType.DUPLICATE,
          "Another message was sent before with this MessageHeader id: give each message its own");
    }
    Referral referral = referralRows.find(earlier.referralId()).orElseThrow();
    policy
        .toPerson(caller, OPERATION, referral.personId(), RecordType.REFERRAL)
        .record(RecordType.REFERRAL, referral.id());
    return earlier.acknowledgement();
  }

  /** Someone the portal does not know yet, registered from the message's Patient. */
  private Person register(BarsMessages.Inbound message, Instant now) {
    if (message.givenName() == null
        || message.familyName() == null
        || message.birthDate() == null) {
      throw BarsOutcomes.badRequest(
          IssueType.REQUIRED,
          "This service does not know the Patient yet: give their official name (given and"
              + " family) and birth date");
    }
    Person person =
        new Person(
            UUID.randomUUID(),
            message.nhsNumber(),
            message.givenName(),
            message.familyName(),
            message.birthDate(),
            LocalDate.now(clock));
    people.add(person);
    return person;
  }

  /** This service's own FHIR endpoint, as a message's source names it. */
  String endpoint() {
    return endpointAt(portalUrl);
  }

  /** The FHIR endpoint of the service at {@code portal.url}. */
  static String endpointAt(String portalUrl) {
    return portalUrl.strip().replaceAll("/+$", "") + "/api" + FhirServlet.PATH;
  }
}
