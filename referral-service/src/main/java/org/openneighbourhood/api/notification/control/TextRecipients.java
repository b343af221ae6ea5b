package org.openneighbourhood.api.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.api.texting.entity.UkMobile;

/**
 * The staff who chose texts (the staff feature writes their choice): by e-mail address, for what
 * they sent (a referral keeps its referrer's address), and by organisation, for what comes to it.
 */
@ApplicationScoped
public class TextRecipients {

  /** A staff member's number, with their username (never texted about their own doing). */
  public record StaffMobile(String username, UkMobile mobile) {}

  @PersistenceContext EntityManager em;

  /** The staff member with this e-mail address (a referral's referrer), if they chose texts. */
  public Optional<UkMobile> ofEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<String> rows =
        em.createNativeQuery(
                "select mobile from staff_contact where lower(email) = lower(?1)"
                    + " order by chosen_at desc limit 1")
            .setParameter(1, email)
            .getResultList();
    return rows.stream().findFirst().map(UkMobile::new);
  }

  public List<StaffMobile> ofOrganisation(UUID organisationId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select username, mobile from staff_contact where organisation_id = ?1"
                    + " order by username")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream()
        .map(row -> new StaffMobile((String) row[0], new UkMobile((String) row[1])))
        .toList();
  }
}
