package org.openneighbourhood.api.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openneighbourhood.api.person.entity.CommunicationNeed;
import org.openneighbourhood.api.person.entity.HowToCommunicate;
import org.openneighbourhood.api.person.entity.PreferredContact;

/**
 * The PRSB "About me" section, in the person's words: what matters to them, the people important to
 * them, how to communicate with them, please do / please don't, and their wellness. Any part may be
 * empty.
 */
@Embeddable
public class AboutMe {

  @Column(name = "what_matters_to_me")
  private String whatMattersToMe;

  @Column(name = "important_people")
  private String importantPeople;

  @Column(name = "communication")
  private String communication;

  @Column(name = "communication_needs", nullable = false)
  private String communicationNeeds = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_contact")
  private PreferredContact preferredContact;

  @Column(name = "please_do")
  private String pleaseDo;

  @Column(name = "please_dont")
  private String pleaseDont;

  @Column(name = "wellness")
  private String wellness;

  protected AboutMe() {}

  public AboutMe(
      String whatMattersToMe,
      String importantPeople,
      String communication,
      String pleaseDo,
      String pleaseDont,
      String wellness) {
    this(
        whatMattersToMe,
        importantPeople,
        communication,
        List.of(),
        null,
        pleaseDo,
        pleaseDont,
        wellness);
  }

  /** With the coded needs and the preferred contact beside the person's own words. */
  public AboutMe(
      String whatMattersToMe,
      String importantPeople,
      String communication,
      Collection<CommunicationNeed> communicationNeeds,
      PreferredContact preferredContact,
      String pleaseDo,
      String pleaseDont,
      String wellness) {
    this.communicationNeeds = CommunicationNeed.codes(communicationNeeds);
    this.preferredContact = preferredContact;
    this.whatMattersToMe = PlanText.optional(whatMattersToMe, "whatMattersToMe", PlanText.LONG);
    this.importantPeople = PlanText.optional(importantPeople, "importantPeople", PlanText.LONG);
    this.communication = PlanText.optional(communication, "communication", PlanText.LONG);
    this.pleaseDo = PlanText.optional(pleaseDo, "pleaseDo", PlanText.LONG);
    this.pleaseDont = PlanText.optional(pleaseDont, "pleaseDont", PlanText.LONG);
    this.wellness = PlanText.optional(wellness, "wellness", PlanText.LONG);
  }

  static AboutMe empty() {
    return new AboutMe();
  }

  /** What changed from {@code before} to this, part by part, for the history. */
  List<Edit> editsFrom(AboutMe before) {
    AboutMe was = before == null ? empty() : before;
    List<Edit> edits = new ArrayList<>();
    Edit.of("About me: what matters to me", was.whatMattersToMe, whatMattersToMe)
        .ifPresent(edits::add);
    Edit.of("About me: people who are important to me", was.importantPeople, importantPeople)
        .ifPresent(edits::add);
    Edit.of("About me: how to communicate with me", was.communication, communication)
        .ifPresent(edits::add);
    Edit.of(
            "About me: communication needs",
            CommunicationNeed.words(was.communicationNeeds()),
            CommunicationNeed.words(communicationNeeds()))
        .ifPresent(edits::add);
    Edit.of(
            "About me: how to contact me",
            was.preferredContact().map(PreferredContact::words).orElse(null),
            preferredContact().map(PreferredContact::words).orElse(null))
        .ifPresent(edits::add);
    Edit.of("About me: please do", was.pleaseDo, pleaseDo).ifPresent(edits::add);
    Edit.of("About me: please don't", was.pleaseDont, pleaseDont).ifPresent(edits::add);
    Edit.of("About me: my wellness", was.wellness, wellness).ifPresent(edits::add);
    return edits;
  }

  public String whatMattersToMe() {
    return whatMattersToMe;
  }

  public String importantPeople() {
    return importantPeople;
  }

  public String communication() {
    return communication;
  }

  /** The coded needs, in their list's order; empty when none was chosen. */
  public List<CommunicationNeed> communicationNeeds() {
    return CommunicationNeed.of(communicationNeeds);
  }

  public Optional<PreferredContact> preferredContact() {
    return Optional.ofNullable(preferredContact);
  }

  /** Whether anything says how to communicate with the person: codes, contact or words. */
  /** How to communicate with the person; empty when their About me says nothing about it. */
  public Optional<HowToCommunicate> howToCommunicate() {
    return hasCommunicationNeeds()
        ? Optional.of(new HowToCommunicate(communicationNeeds(), preferredContact(), communication))
        : Optional.empty();
  }

  public boolean hasCommunicationNeeds() {
    return !communicationNeeds().isEmpty() || preferredContact != null || communication != null;
  }

  public String pleaseDo() {
    return pleaseDo;
  }

  public String pleaseDont() {
    return pleaseDont;
  }

  public String wellness() {
    return wellness;
  }
}
