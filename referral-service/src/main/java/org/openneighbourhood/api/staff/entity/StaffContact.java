package org.openneighbourhood.api.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openneighbourhood.api.texting.entity.UkMobile;

/**
 * A staff member's choice of texts: their UK mobile number, their e-mail address (news of the
 * referrals they send comes to it, so comes by text too), and the organisation they acted for when
 * they chose (its new referrals, messages and reminders come to them by text too). There is a row
 * only while they want texts; stopping them forgets the number.
 */
@Entity
@Table(name = "staff_contact")
public class StaffContact {

  @Id private String username;

  /** Their address when they chose: the referrer's address on what they send. */
  private String email;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  /** In international form, +447 and 9 digits. */
  @Column(nullable = false)
  private String mobile;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  protected StaffContact() {}

  public StaffContact(
      String username, String email, UUID organisationId, UkMobile mobile, Instant at) {
    this.username = Objects.requireNonNull(username);
    choose(email, organisationId, mobile, at);
  }

  /** A new number, or the same for another organisation they now act for. */
  public void choose(String email, UUID organisationId, UkMobile mobile, Instant at) {
    this.email = email;
    this.organisationId = Objects.requireNonNull(organisationId);
    this.mobile = mobile.number();
    this.chosenAt = Objects.requireNonNull(at);
  }

  public UkMobile mobile() {
    return new UkMobile(mobile);
  }

  public UUID organisationId() {
    return organisationId;
  }
}
