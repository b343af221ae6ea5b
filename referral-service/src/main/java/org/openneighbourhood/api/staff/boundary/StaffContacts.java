package org.openneighbourhood.api.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RecordNotFoundException;
import org.openneighbourhood.api.staff.entity.StaffContact;
import org.openneighbourhood.api.texting.control.Notify;
import org.openneighbourhood.api.texting.entity.UkMobile;

/** A staff member's own choice of texts: read it, choose them, stop them. */
@ApplicationScoped
@Transactional
@Audited
public class StaffContacts {

  @PersistenceContext EntityManager em;
  @Inject AccessPolicy policy;
  @Inject OrganisationRepository organisations;
  @Inject Notify notify;
  @Inject Clock clock;

  public StaffContactChoice mine(Caller caller) {
    policy.checkWithoutPerson(caller, Operation.STAFF_CONTACT_READ, RecordType.STAFF);
    return view(Optional.ofNullable(em.find(StaffContact.class, caller.username())));
  }

  /**
   * Texts to the number given, for what comes to the organisation the caller acts for; or none (the
   * number is forgotten, though one sent is still checked).
   *
   * @param email the caller's address from their token: what they send is told to it, and so by
   *     text too
   * @throws InvalidInputException naming {@value UkMobile#FIELD} for a number that is not a UK
   *     mobile one, or {@code textUpdates} when this portal sends no texts
   */
  public StaffContactChoice choose(Caller caller, String email, StaffContactChoice choice) {
    policy.checkWithoutPerson(caller, Operation.STAFF_CONTACT, RecordType.STAFF);
    StaffContact contact = em.find(StaffContact.class, caller.username());
    boolean typed = choice.mobile() != null && !choice.mobile().isBlank();
    if (typed) {
      // A number is checked even when texts are stopped: nothing sent is silently dropped.
      UkMobile.parse(choice.mobile());
    }
    if (!Boolean.TRUE.equals(choice.textUpdates())) {
      if (contact != null) {
        em.remove(contact);
      }
      return view(Optional.empty());
    }
    if (!notify.isOn()) {
      throw new InvalidInputException(
          "textUpdates", "Text messages are not available: the portal sends e-mail only");
    }
    UkMobile mobile = UkMobile.parse(choice.mobile());
    Organisation acting =
        organisations
            .findByAlias(policy.actingOrganisation(caller))
            .orElseThrow(() -> new RecordNotFoundException("Organisation"));
    Instant now = Instant.now(clock);
    if (contact == null) {
      contact = new StaffContact(caller.username(), email, acting.id(), mobile, now);
      em.persist(contact);
    } else {
      contact.choose(email, acting.id(), mobile, now);
    }
    return view(Optional.of(contact));
  }

  private StaffContactChoice view(Optional<StaffContact> contact) {
    return new StaffContactChoice(
        contact.map(c -> c.mobile().national()).orElse(null), contact.isPresent(), notify.isOn());
  }
}
