package org.openneighbourhood.api.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * A partner organisation: GP practice, PCN, social care team, VCFSE or commissioner. Its alias is
 * the Keycloak organisation alias, which is how a caller's token names the organisation they act
 * for.
 *
 * <p>Its <b>area</b> is the neighbourhood area it works in, for reports: a primary care network's
 * area. A PCN is an area itself and belongs to no other; any other organisation may belong to one
 * PCN's area (a GP practice to its PCN, a council team or a VCFSE to the area it mainly works in),
 * or to none yet. The database refuses an area that is not a PCN as well (V36).
 *
 * <p>Many records name one (an action's owner, a note's writer, a care team member): those read
 * together have their organisations read together, in one statement.
 */
@Entity
@Table(name = "organisation")
@BatchSize(size = 100)
public class Organisation {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String alias;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sector sector;

  @Column(name = "ods_code")
  private String odsCode;

  @Column(name = "charity_number")
  private String charityNumber;

  @Column(name = "company_number")
  private String companyNumber;

  @Column(name = "referrals_email")
  private String referralsEmail;

  /** What the directory says about it; its public e-mail address and website. */
  private String description;

  private String email;

  private String website;

  /** Whether it works in the portal; one only listed in the directory has nobody signing in. */
  @Column(nullable = false)
  private boolean onboarded = true;

  /** The PCN whose area it belongs to; null for a PCN, and for one in no area yet. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pcn_id")
  private Organisation pcn;

  protected Organisation() {}

  public Organisation(
      UUID id,
      String alias,
      String name,
      Sector sector,
      String odsCode,
      String charityNumber,
      String companyNumber) {
    this.id = Objects.requireNonNull(id);
    this.alias = requireText(alias, "alias");
    this.name = requireText(name, "name");
    this.sector = Objects.requireNonNull(sector);
    this.odsCode = odsCode;
    this.charityNumber = charityNumber;
    this.companyNumber = companyNumber;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An organisation needs a " + what);
    }
    return value;
  }

  public UUID id() {
    return id;
  }

  public String alias() {
    return alias;
  }

  public String name() {
    return name;
  }

  public Sector sector() {
    return sector;
  }

  public Optional<String> odsCode() {
    return Optional.ofNullable(odsCode);
  }

  public Optional<String> charityNumber() {
    return Optional.ofNullable(charityNumber);
  }

  /** Where e-mail about referrals to this organisation's services goes; none when not given. */
  public Optional<String> referralsEmail() {
    return Optional.ofNullable(referralsEmail);
  }

  public void sendReferralsTo(String email) {
    this.referralsEmail = email == null || email.isBlank() ? null : email.strip();
  }

  public Optional<String> companyNumber() {
    return Optional.ofNullable(companyNumber);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> website() {
    return Optional.ofNullable(website);
  }

  public boolean onboarded() {
    return onboarded;
  }

  /** The PCN whose area it belongs to; empty for a PCN itself and for one in no area yet. */
  public Optional<Organisation> pcn() {
    return Optional.ofNullable(pcn);
  }

  /** The area it is counted in: its PCN's, or its own when it is a PCN; empty when in none. */
  public Optional<Organisation> area() {
    return sector == Sector.PCN ? Optional.of(this) : pcn();
  }

  /**
   * Puts it in a PCN's area, or in none when {@code pcn} is null.
   *
   * @throws InvalidInputException (field {@code pcnId}) when {@code pcn} is not a PCN, or when this
   *     is a PCN, which is an area itself
   */
  public void belongToAreaOf(Organisation pcn) {
    if (pcn != null && sector == Sector.PCN) {
      throw new InvalidInputException(
          "pcnId", "A primary care network is an area itself: leave its network empty");
    }
    if (pcn != null && pcn.sector() != Sector.PCN) {
      throw new InvalidInputException(
          "pcnId", pcn.name() + " is not a primary care network: choose one from the list");
    }
    this.pcn = pcn;
  }
}
