package org.openneighbourhood.portal.plan;

import static org.openneighbourhood.portal.plan.Answers.LONG_TEXT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.openneighbourhood.portal.api.Contingency;
import org.openneighbourhood.portal.api.ContingencyText;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.layout.Pages;

/** The contingency plan: what might go wrong, what to do then, and who to contact. */
@Named
@ViewScoped
public class ContingencyPage extends PlanForm {

  private static final long serialVersionUID = 1L;

  static final Map<String, String> FIELDS =
      Map.of(
          "whatMightGoWrong", "whatMightGoWrong",
          "whatToDo", "whatToDo",
          "whoToContact", "whoToContact");

  private String whatMightGoWrong;
  private String whatToDo;
  private String whoToContact;

  @Override
  protected void open(Plan plan) {
    if (!plan.mayOrNothing().editContingency()) {
      Pages.forbidden();
      return;
    }
    Contingency now = plan.contingencyOrEmpty();
    whatMightGoWrong = now.whatMightGoWrong();
    whatToDo = now.whatToDo();
    whoToContact = now.whoToContact();
  }

  public String save() {
    errors.clear();
    ContingencyText text =
        new ContingencyText(
            Answers.optionalText(
                errors, "whatMightGoWrong", whatMightGoWrong, LONG_TEXT, "What might go wrong"),
            Answers.optionalText(errors, "whatToDo", whatToDo, LONG_TEXT, "What to do"),
            Answers.optionalText(
                errors, "whoToContact", whoToContact, LONG_TEXT, "Who to contact"));
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.change(
            Pages.parameter("version"),
            ifMatch -> plansApi.saveContingency(subject.personId(), ifMatch, text),
            errors,
            FIELDS));
  }

  public long getVersion() {
    return plan.contingencyOrEmpty().version();
  }

  public String getWhatMightGoWrong() {
    return whatMightGoWrong;
  }

  public void setWhatMightGoWrong(String whatMightGoWrong) {
    this.whatMightGoWrong = whatMightGoWrong;
  }

  public String getWhatToDo() {
    return whatToDo;
  }

  public void setWhatToDo(String whatToDo) {
    this.whatToDo = whatToDo;
  }

  public String getWhoToContact() {
    return whoToContact;
  }

  public void setWhoToContact(String whoToContact) {
    this.whoToContact = whoToContact;
  }
}
