package org.openneighbourhood.api.person.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.schema.entity.TimeOrderedIds;
import org.openneighbourhood.api.texting.entity.UkMobile;

/**
 * Someone the neighbourhood's partners support, known by their NHS number.
 *
 * <p>Two parts of the record are sensitive, and shown only to whom the access policy allows: the
 * address, when the person has a <em>restricted record</em> (like the NHS Spine's S flag: where
 * they live must not reach anyone who does not need it, for their safety), and the safeguarding
 * notes, which are only ever added to. The entity itself never decides who sees what; its {@code
 * toString} is Object's, so it prints nothing personal.
 *
 * <p>The person's ethnic category is theirs to give: optional, set, changed or cleared by them, or
 * recorded by a member of staff only when the person agreed to it being recorded. It has a version
 * of its own, so a change made on an out-of-date page is refused without holding up changes to the
 * rest of the record.
 *
 * <p>Their sex (NHS "Person Stated Gender Code", {@link Sex}) is theirs to give in the same way,
 * with its own version and the same record of who gave it.
 */
@Entity
@Table(name = "person")
public class Person {

  static final int MAX_NAME = 100;
  static final int MAX_NOTE = 4000;
  public static final String NOTE_FIELD = "text";
  public static final String PERSON_AGREED = "personAgreed";

  @Id private UUID id;

  @Column(name = "nhs_number", nullable = false, unique = true)
  private NhsNumber nhsNumber;

  @Column(name = "given_name", nullable = false)
  private String givenName;

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Embedded private Address address;

  @Column(name = "restricted", nullable = false)
  private boolean restricted;

  @Column(name = "email")
  private String email;

  @Column(name = "email_updates", nullable = false)
  private boolean emailUpdates;

  /** In international form, +447 and 9 digits. */
  @Column(name = "mobile")
  private String mobile;

  @Column(name = "text_updates", nullable = false)
  private boolean textUpdates;

  @Column(name = "ethnic_category")
  private EthnicCategory ethnicCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "ethnicity_source")
  private EthnicityRecord.Source ethnicitySource;

  @Column(name = "ethnicity_recorded_by")
  private String ethnicityRecordedBy;

  @Column(name = "ethnicity_recorder_organisation")
  private String ethnicityRecorderOrganisation;

  @Column(name = "ethnicity_recorded_at")
  private Instant ethnicityRecordedAt;

  @Column(name = "ethnicity_version", nullable = false)
  private long ethnicityVersion;

  @Column(name = "sex")
  private Sex sex;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex_source")
  private EthnicityRecord.Source sexSource;

  @Column(name = "sex_recorded_by")
  private String sexRecordedBy;

  @Column(name = "sex_recorder_organisation")
  private String sexRecorderOrganisation;

  @Column(name = "sex_recorded_at")
  private Instant sexRecordedAt;

  @Column(name = "sex_version", nullable = false)
  private long sexVersion;

  // Lazy: a caller the policy does not show the notes to never has them read from the database;
  // batched: a list page reads the notes of every person on it in one statement.
  @ElementCollection
  @BatchSize(size = 100)
  @CollectionTable(name = "safeguarding_note", joinColumns = @JoinColumn(name = "person_id"))
  @OrderColumn(name = "position")
  private List<SafeguardingNote> safeguardingNotes = new ArrayList<>();

  @Version private long version;

  protected Person() {}

  public Person(
      UUID id,
      NhsNumber nhsNumber,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      LocalDate today) {
    this(id, nhsNumber, givenName, familyName, dateOfBirth, today, null, false);
  }

  /**
   * @param address where they live, or null when not known
   * @param restricted a restricted record: the address is withheld from everyone the policy does
   *     not allow to see it
   */
  public Person(
      UUID id,
      NhsNumber nhsNumber,
      String givenName,
      String familyName,
      LocalDate dateOfBirth,
      LocalDate today,
      Address address,
      boolean restricted) {
    this.id = Objects.requireNonNull(id);
    this.nhsNumber = Objects.requireNonNull(nhsNumber);
    this.givenName = name(givenName, "givenName");
    this.familyName = name(familyName, "familyName");
    if (dateOfBirth == null) {
      throw new InvalidInputException("dateOfBirth", "Enter a date of birth");
    }
    if (dateOfBirth.isAfter(today)) {
      throw new InvalidInputException("dateOfBirth", "Date of birth must be today or in the past");
    }
    this.dateOfBirth = dateOfBirth;
    this.address = address;
    this.restricted = restricted;
  }

  private static String name(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Enter a name");
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_NAME) {
      throw new InvalidInputException(field, "A name has at most " + MAX_NAME + " characters");
    }
    return trimmed;
  }

  /**
   * Adds a safeguarding note written now by {@code by} for {@code organisation}. The text is kept
   * as written (only surrounding blank space is dropped).
   *
   * @throws InvalidInputException naming {@value #NOTE_FIELD}, never repeating the text
   */
  public SafeguardingNote addSafeguardingNote(
      String text, String by, Organisation organisation, Instant at) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(NOTE_FIELD, "Enter the safeguarding note");
    }
    String note = text.strip();
    if (note.length() > MAX_NOTE) {
      throw new InvalidInputException(
          NOTE_FIELD, "A safeguarding note has at most " + MAX_NOTE + " characters");
    }
    SafeguardingNote added =
        new SafeguardingNote(
            TimeOrderedIds.next(), note, at, by, organisation.id(), organisation.name());
    safeguardingNotes.add(added);
    return added;
  }

  /**
   * How the person wants news of their referrals: by e-mail to {@code email}, or not at all ({@code
   * emailUpdates} false). Only a link to the portal is ever sent.
   */
  public void chooseEmailUpdates(String email, boolean emailUpdates) {
    String trimmed = email == null || email.isBlank() ? null : email.strip();
    if (emailUpdates && trimmed == null) {
      throw new InvalidInputException("email", "Enter the e-mail address to send updates to");
    }
    if (trimmed != null
        && (trimmed.length() > 320 || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new InvalidInputException(
          "email", "Enter an e-mail address in the right format, like name@example.com");
    }
    this.email = trimmed;
    this.emailUpdates = emailUpdates;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * Whether the person wants news of their referrals and plan by text too (or instead), to a UK
   * mobile number as they typed it. The text, like the e-mail, says only that there is news, with a
   * link to the portal. A number typed without choosing texts is kept for later.
   *
   * @throws InvalidInputException naming {@value UkMobile#FIELD} when the number is not a UK mobile
   *     one, or is missing while texts are chosen
   */
  public void chooseTextUpdates(String typedMobile, boolean textUpdates) {
    boolean blank = typedMobile == null || typedMobile.isBlank();
    UkMobile number = blank && !textUpdates ? null : UkMobile.parse(typedMobile);
    this.mobile = number == null ? null : number.number();
    this.textUpdates = textUpdates;
  }

  public Optional<UkMobile> mobile() {
    return Optional.ofNullable(mobile).map(UkMobile::new);
  }

  /** Whether the person chose texts about their referrals and plan. */
  public boolean textUpdates() {
    return textUpdates && mobile != null;
  }

  /** Whether the person chose e-mail updates about their referrals. */
  public boolean emailUpdates() {
    return emailUpdates && email != null;
  }

  /**
   * The person states their ethnic category themselves (Z: they would rather not say), on the
   * version of it they were shown.
   *
   * @throws StaleEthnicityException when it changed since {@code onVersion}
   */
  public void stateEthnicity(EthnicCategory category, long onVersion, Instant at) {
    checkEthnicityVersion(onVersion);
    setEthnicity(Objects.requireNonNull(category), EthnicityRecord.Source.PERSON, null, null, at);
  }

  /**
   * A member of staff records the person's ethnic category, which they may only do with the
   * person's agreement to it being recorded: without it nothing is recorded. Their name and
   * organisation are kept with it, so the person sees who recorded it.
   *
   * @throws InvalidInputException naming {@value #PERSON_AGREED} when the person's agreement is not
   *     confirmed, or {@value EthnicCategory#FIELD} when the category is missing
   * @throws StaleEthnicityException when it changed since {@code onVersion}
   */
  public void recordEthnicityWithAgreement(
      EthnicCategory category,
      boolean personAgreed,
      String by,
      String organisationName,
      long onVersion,
      Instant at) {
    if (!personAgreed) {
      throw new InvalidInputException(
          PERSON_AGREED,
          "The person must agree to their ethnic group being recorded: confirm they agreed");
    }
    if (category == null) {
      throw new InvalidInputException(EthnicCategory.FIELD, "Choose an ethnic group");
    }
    checkEthnicityVersion(onVersion);
    setEthnicity(
        category,
        EthnicityRecord.Source.STAFF_WITH_AGREEMENT,
        Objects.requireNonNull(by),
        organisationName,
        at);
  }

  /**
   * The person removes their ethnic category: afterwards it is not recorded at all (not "not
   * stated", which is an answer).
   *
   * @throws StaleEthnicityException when it changed since {@code onVersion}
   */
  public void clearEthnicity(long onVersion) {
    checkEthnicityVersion(onVersion);
    setEthnicity(null, null, null, null, null);
  }

  private void checkEthnicityVersion(long onVersion) {
    if (onVersion != ethnicityVersion) {
      throw new StaleEthnicityException();
    }
  }

  private void setEthnicity(
      EthnicCategory category,
      EthnicityRecord.Source source,
      String by,
      String organisationName,
      Instant at) {
    this.ethnicCategory = category;
    this.ethnicitySource = source;
    this.ethnicityRecordedBy = by;
    this.ethnicityRecorderOrganisation = organisationName;
    this.ethnicityRecordedAt = at;
    this.ethnicityVersion++;
  }

  /** The ethnic category as recorded; empty when it is not recorded. */
  public Optional<EthnicityRecord> ethnicity() {
    return ethnicCategory == null
        ? Optional.empty()
        : Optional.of(
            new EthnicityRecord(
                ethnicCategory,
                ethnicitySource,
                ethnicityRecordedBy,
                ethnicityRecorderOrganisation,
                ethnicityRecordedAt));
  }

  /** The version of the ethnic category a change names; it moves on with every change. */
  public long ethnicityVersion() {
    return ethnicityVersion;
  }

  /**
   * The person states their sex themselves (X: they would rather not say), on the version of it
   * they were shown.
   *
   * @throws StaleSexException when it changed since {@code onVersion}
   */
  public void stateSex(Sex stated, long onVersion, Instant at) {
    checkSexVersion(onVersion);
    setSex(Objects.requireNonNull(stated), EthnicityRecord.Source.PERSON, null, null, at);
  }

  /**
   * A member of staff records the person's sex, which they may only do with the person's agreement
   * to it being recorded: without it nothing is recorded. Their name and organisation are kept with
   * it, so the person sees who recorded it.
   *
   * @throws InvalidInputException naming {@value #PERSON_AGREED} when the person's agreement is not
   *     confirmed, or {@value Sex#FIELD} when the sex is missing
   * @throws StaleSexException when it changed since {@code onVersion}
   */
  public void recordSexWithAgreement(
      Sex recorded,
      boolean personAgreed,
      String by,
      String organisationName,
      long onVersion,
      Instant at) {
    if (!personAgreed) {
      throw new InvalidInputException(
          PERSON_AGREED, "The person must agree to their sex being recorded: confirm they agreed");
    }
    if (recorded == null) {
      throw new InvalidInputException(Sex.FIELD, "Choose a sex");
    }
    checkSexVersion(onVersion);
    setSex(
        recorded,
        EthnicityRecord.Source.STAFF_WITH_AGREEMENT,
        Objects.requireNonNull(by),
        organisationName,
        at);
  }

  /**
   * The person removes their sex: afterwards it is not recorded at all (not "not known", which is
   * an answer).
   *
   * @throws StaleSexException when it changed since {@code onVersion}
   */
  public void clearSex(long onVersion) {
    checkSexVersion(onVersion);
    setSex(null, null, null, null, null);
  }

  private void checkSexVersion(long onVersion) {
    if (onVersion != sexVersion) {
      throw new StaleSexException();
    }
  }

  private void setSex(
      Sex value, EthnicityRecord.Source source, String by, String organisationName, Instant at) {
    this.sex = value;
    this.sexSource = source;
    this.sexRecordedBy = by;
    this.sexRecorderOrganisation = organisationName;
    this.sexRecordedAt = at;
    this.sexVersion++;
  }

  /** The sex as recorded; empty when it is not recorded. */
  public Optional<SexRecord> sex() {
    return sex == null
        ? Optional.empty()
        : Optional.of(
            new SexRecord(sex, sexSource, sexRecordedBy, sexRecorderOrganisation, sexRecordedAt));
  }

  /** The version of the sex a change names; it moves on with every change. */
  public long sexVersion() {
    return sexVersion;
  }

  public UUID id() {
    return id;
  }

  public NhsNumber nhsNumber() {
    return nhsNumber;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public Optional<Address> address() {
    return Optional.ofNullable(address);
  }

  /** A restricted record: the address is a sensitive field. */
  public boolean restricted() {
    return restricted;
  }

  /** Oldest first. */
  public List<SafeguardingNote> safeguardingNotes() {
    return List.copyOf(safeguardingNotes);
  }
}
