package org.openneighbourhood.api.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/** The contingency plan: what might go wrong, what to do, who to contact. */
@Embeddable
public class Contingency {

  @Column(name = "contingency_what_might_go_wrong")
  private String whatMightGoWrong;

  @Column(name = "contingency_what_to_do")
  private String whatToDo;

  @Column(name = "contingency_who_to_contact")
  private String whoToContact;

  protected Contingency() {}

  public Contingency(String whatMightGoWrong, String whatToDo, String whoToContact) {
    this.whatMightGoWrong = PlanText.optional(whatMightGoWrong, "whatMightGoWrong", PlanText.LONG);
    this.whatToDo = PlanText.optional(whatToDo, "whatToDo", PlanText.LONG);
    this.whoToContact = PlanText.optional(whoToContact, "whoToContact", PlanText.LONG);
  }

  static Contingency empty() {
    return new Contingency();
  }

  List<Edit> editsFrom(Contingency before) {
    Contingency was = before == null ? empty() : before;
    List<Edit> edits = new ArrayList<>();
    Edit.of("Contingency: what might go wrong", was.whatMightGoWrong, whatMightGoWrong)
        .ifPresent(edits::add);
    Edit.of("Contingency: what to do", was.whatToDo, whatToDo).ifPresent(edits::add);
    Edit.of("Contingency: who to contact", was.whoToContact, whoToContact).ifPresent(edits::add);
    return edits;
  }

  public String whatMightGoWrong() {
    return whatMightGoWrong;
  }

  public String whatToDo() {
    return whatToDo;
  }

  public String whoToContact() {
    return whoToContact;
  }
}
