package org.openneighbourhood.portal.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.OrganisationsApi;
import org.openneighbourhood.portal.api.StaffContactChoice;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * A staff member chooses texts to their mobile, besides their organisation's e-mail: of news on the
 * referrals they sent, and of new referrals, messages and reminders for the organisation they act
 * for.
 */
@Named
@ViewScoped
public class HowToReachMePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrganisationsApi organisationsApi;

  private StaffContactChoice contact;
  private String textUpdates = "";
  private String mobile = "";
  private boolean saved;
  private final FormErrors errors =
      new FormErrors(Map.of("textUpdates", "textUpdates-yes", "mobile", "mobile"));

  public void load() {
    contact = organisationsApi.myStaffContact();
    textUpdates = contact.wantsTexts() ? "yes" : "no";
    mobile = contact.mobile() == null ? "" : contact.mobile();
    saved = "true".equals(Pages.parameter("saved"));
  }

  public String save() {
    errors.clear();
    textUpdates = Pages.parameter("textUpdates");
    mobile = Pages.parameter("mobile") == null ? "" : Pages.parameter("mobile");
    if (!"yes".equals(textUpdates) && !"no".equals(textUpdates)) {
      errors.add("textUpdates", "Choose whether you want text messages");
      return null;
    }
    try {
      contact =
          organisationsApi.chooseStaffContact(
              StaffContactChoice.of(mobile.isBlank() ? null : mobile, "yes".equals(textUpdates)));
      return "/account/contact.xhtml?faces-redirect=true&saved=true";
    } catch (ApiProblemException e) {
      if (e.status() == 400) {
        errors.addProblem(e, Map.of("textUpdates", "textUpdates", "mobile", "mobile"));
        return null;
      }
      throw e;
    }
  }

  public StaffContactChoice getContact() {
    return contact;
  }

  public String getTextUpdates() {
    return textUpdates;
  }

  /** The number as the API wrote it back, or as typed when it was refused. */
  public String getMobile() {
    return mobile;
  }

  public boolean isSaved() {
    return saved;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
