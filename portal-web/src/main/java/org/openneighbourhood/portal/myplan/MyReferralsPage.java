package org.openneighbourhood.portal.myplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.ContactChoice;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.StatusUpdate;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.referrals.MessageForm;
import org.openneighbourhood.portal.referrals.ReferralChanges;

/**
 * The signed-in person's referrals with what happened to each, in plain words; withdrawing one
 * (after saying so twice); and whether they get an e-mail or a text when something changes.
 */
@Named
@ViewScoped
public class MyReferralsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeApi meApi;

  private boolean registered = true;
  private List<Referral> referrals = List.of();
  private ContactChoice contact;
  private String emailUpdates = "";
  private String textUpdates = "";
  private String mobile = "";
  private UUID confirming;
  private boolean withdrawn;
  private boolean contactSaved;
  private final MessageForm messageForm = new MessageForm();
  private final FormErrors errors =
      new FormErrors(
          Map.of(
              "emailUpdates",
              "emailUpdates-yes",
              "textUpdates",
              "textUpdates-yes",
              "mobile",
              "mobile"));

  public void load() {
    try {
      referrals = meApi.myReferrals();
      contact = meApi.myContact();
    } catch (ApiProblemException e) {
      if (e.status() == 404) {
        registered = false;
        return;
      }
      throw e;
    }
    emailUpdates = contact.wantsUpdates() ? "yes" : "no";
    textUpdates = contact.wantsTexts() ? "yes" : "no";
    mobile = contact.mobile() == null ? "" : contact.mobile();
    withdrawn = "true".equals(Pages.parameter("withdrawn"));
    contactSaved = "true".equals(Pages.parameter("saved"));
  }

  /** First press: ask again, on the same page, before anything changes. */
  public String askToWithdraw() {
    errors.clear();
    confirming = Pages.uuid(Pages.parameter("referral")).orElse(null);
    return null;
  }

  public String keep() {
    confirming = null;
    return null;
  }

  public String withdraw() {
    errors.clear();
    if (confirming == null) {
      return null;
    }
    UUID id = confirming;
    Optional<Referral> changed =
        ReferralChanges.attempt(
            Pages.parameter("version"),
            ifMatch -> meApi.withdrawMine(id, ifMatch, StatusUpdate.note(null)),
            errors,
            Map.of(),
            new ReferralChanges.Reader() {
              @Override
              public Referral read() {
                return meApi.myReferrals().stream()
                    .filter(mine -> mine.id().equals(id))
                    .findFirst()
                    .orElseThrow();
              }

              @Override
              public boolean own() {
                return true;
              }
            });
    if (changed.isPresent()) {
      return "/my/referrals.xhtml?faces-redirect=true&withdrawn=true";
    }
    confirming = null;
    referrals = meApi.myReferrals();
    return null;
  }

  /** Sends the "Send a message" form of one of the referrals; it then shows in its history. */
  public String sendMessage() {
    errors.clear();
    Optional<UUID> id = Pages.uuid(Pages.parameter("referral"));
    if (id.isEmpty()) {
      return null;
    }
    if (messageForm.send(
        errors,
        messageField(id.get()),
        (key, message) -> meApi.sendMyMessage(id.get(), key, message))) {
      return "/my/referrals.xhtml?faces-redirect=true";
    }
    return null;
  }

  /** The id of a referral's message box, which its errors name. */
  public String messageField(UUID referral) {
    return "message-" + referral;
  }

  public MessageForm getMessageForm() {
    return messageForm;
  }

  public String saveContact() {
    errors.clear();
    emailUpdates = Pages.parameter("emailUpdates");
    boolean textsOffered = contact != null && contact.textsAreOffered();
    textUpdates = textsOffered ? Pages.parameter("textUpdates") : "no";
    mobile = textsOffered && Pages.parameter("mobile") != null ? Pages.parameter("mobile") : "";
    if (!"yes".equals(emailUpdates) && !"no".equals(emailUpdates)) {
      errors.add("emailUpdates", "Choose whether you want e-mail updates");
    }
    if (!"yes".equals(textUpdates) && !"no".equals(textUpdates)) {
      errors.add("textUpdates", "Choose whether you want text messages");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      ContactChoice chosen =
          meApi.chooseContact(
              ContactChoice.of(
                  contact == null ? null : contact.email(),
                  "yes".equals(emailUpdates),
                  mobile.isBlank() ? null : mobile,
                  "yes".equals(textUpdates)));
      contact = chosen;
      return "/my/referrals.xhtml?faces-redirect=true&saved=true";
    } catch (ApiProblemException e) {
      if (e.status() == 400) {
        errors.addProblem(
            e,
            Map.of(
                "emailUpdates",
                "emailUpdates",
                "email",
                "emailUpdates",
                "textUpdates",
                "textUpdates",
                "mobile",
                "mobile"));
        return null;
      }
      throw e;
    }
  }

  public boolean isConfirming(Referral referral) {
    return referral.id().equals(confirming);
  }

  public boolean isRegistered() {
    return registered;
  }

  public List<Referral> getReferrals() {
    return referrals;
  }

  public ContactChoice getContact() {
    return contact;
  }

  public String getEmailUpdates() {
    return emailUpdates;
  }

  public String getTextUpdates() {
    return textUpdates;
  }

  /** The number as the API wrote it back, or as typed when it was refused. */
  public String getMobile() {
    return mobile;
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public boolean isContactSaved() {
    return contactSaved;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
