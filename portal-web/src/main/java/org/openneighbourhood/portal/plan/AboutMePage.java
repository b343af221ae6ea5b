package org.openneighbourhood.portal.plan;

import static org.openneighbourhood.portal.plan.Answers.LONG_TEXT;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.AboutMe;
import org.openneighbourhood.portal.api.AboutMeText;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.layout.Pages;

/** "About me" in the person's words: written by the person, or by a link worker with them. */
@Named
@ViewScoped
public class AboutMePage extends PlanForm {

  private static final long serialVersionUID = 1L;

  static final Map<String, String> FIELDS =
      Map.of(
          "whatMattersToMe", "whatMattersToMe",
          "importantPeople", "importantPeople",
          "communication", "communication",
          "communicationNeeds", "communicationNeeds",
          "preferredContact", "preferredContact",
          "pleaseDo", "pleaseDo",
          "pleaseDont", "pleaseDont",
          "wellness", "wellness");

  private String whatMattersToMe;
  private String importantPeople;
  private String communication;
  private List<String> communicationNeeds = new ArrayList<>();
  private String preferredContact = "NONE";
  private String pleaseDo;
  private String pleaseDont;
  private String wellness;

  @Override
  protected void open(Plan plan) {
    if (!plan.mayOrNothing().editAboutMe()) {
      Pages.forbidden();
      return;
    }
    AboutMe now = plan.aboutMeOrEmpty();
    whatMattersToMe = now.whatMattersToMe();
    importantPeople = now.importantPeople();
    communication = now.communication();
    communicationNeeds = new ArrayList<>(now.needsOrNone());
    preferredContact = now.preferredContact() == null ? "NONE" : now.preferredContact();
    pleaseDo = now.pleaseDo();
    pleaseDont = now.pleaseDont();
    wellness = now.wellness();
  }

  public String save() {
    errors.clear();
    communicationNeeds =
        new ArrayList<>(
            Pages.parameterValues("communicationNeeds").stream()
                .filter(CommunicationWords.NEEDS::containsKey)
                .distinct()
                .toList());
    String contact = Pages.parameter("preferredContact");
    preferredContact = CommunicationWords.CONTACTS.containsKey(contact) ? contact : "NONE";
    AboutMeText text =
        new AboutMeText(
            Answers.optionalText(
                errors, "whatMattersToMe", whatMattersToMe, LONG_TEXT, "What matters"),
            Answers.optionalText(
                errors, "importantPeople", importantPeople, LONG_TEXT, "Important people"),
            Answers.optionalText(
                errors, "communication", communication, LONG_TEXT, "How to communicate"),
            List.copyOf(communicationNeeds),
            "NONE".equals(preferredContact) ? null : preferredContact,
            Answers.optionalText(errors, "pleaseDo", pleaseDo, LONG_TEXT, "Please do"),
            Answers.optionalText(errors, "pleaseDont", pleaseDont, LONG_TEXT, "Please don't"),
            Answers.optionalText(errors, "wellness", wellness, LONG_TEXT, "Wellness"));
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.change(
            Pages.parameter("version"),
            ifMatch -> plansApi.saveAboutMe(subject.personId(), ifMatch, text),
            errors,
            FIELDS));
  }

  public long getVersion() {
    return plan.aboutMeOrEmpty().version();
  }

  public String getWhatMattersToMe() {
    return whatMattersToMe;
  }

  public void setWhatMattersToMe(String whatMattersToMe) {
    this.whatMattersToMe = whatMattersToMe;
  }

  public String getImportantPeople() {
    return importantPeople;
  }

  public void setImportantPeople(String importantPeople) {
    this.importantPeople = importantPeople;
  }

  public String getCommunication() {
    return communication;
  }

  public void setCommunication(String communication) {
    this.communication = communication;
  }

  public List<String> getCommunicationNeeds() {
    return communicationNeeds;
  }

  public String getPreferredContact() {
    return preferredContact;
  }

  public String getPleaseDo() {
    return pleaseDo;
  }

  public void setPleaseDo(String pleaseDo) {
    this.pleaseDo = pleaseDo;
  }

  public String getPleaseDont() {
    return pleaseDont;
  }

  public void setPleaseDont(String pleaseDont) {
    this.pleaseDont = pleaseDont;
  }

  public String getWellness() {
    return wellness;
  }

  public void setWellness(String wellness) {
    this.wellness = wellness;
  }
}
