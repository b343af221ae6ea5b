package org.openneighbourhood.portal.referrals;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.openneighbourhood.portal.api.Change;
import org.openneighbourhood.portal.api.DraftSending;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralsApi;
import org.openneighbourhood.portal.api.StatusUpdate;
import org.openneighbourhood.portal.consent.HowLong;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.problem.TextLimits;

/**
 * One referral as the referring organisation follows it, and the referrer's changes: send a draft
 * (with the person's agreement), withdraw it, or mark it as entered in error. Only the changes the
 * API lists in nextStatuses are offered.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_NOTE = TextLimits.LONG;

  @Inject ReferralsApi referralsApi;

  private String id;
  private Referral referral;
  private String withdrawNote;
  private String errorNote;
  private boolean consentToShare;
  private final HowLong howLong = new HowLong(true);
  private final MessageForm messageForm = new MessageForm();
  private final FormErrors errors = new FormErrors();

  /** Sends the "Send a message" form; the page shows the message in the timeline. */
  public String sendMessage() {
    errors.clear();
    if (messageForm.send(
        errors,
        "message",
        (key, message) -> referralsApi.sendMessage(referral.id(), key, message))) {
      return Pages.redirect("/referrals/referral.xhtml", "id", referral.id());
    }
    return null;
  }

  public HowLong getHowLong() {
    return howLong;
  }

  public MessageForm getMessageForm() {
    return messageForm;
  }

  public void load() {
    Pages.idOrNotFound(id).ifPresent(referralId -> referral = referralsApi.referral(referralId));
  }

  public String sendDraft() {
    errors.clear();
    howLong.anchor(errors);
    consentToShare = "true".equals(Pages.parameter("consentToShare"));
    if (!consentToShare) {
      errors.add("consentToShare", "Confirm they agree to share this information with the service");
    }
    howLong.read(errors);
    if (errors.isPresent()) {
      return null;
    }
    Map<String, String> fields = new HashMap<>(HowLong.API_FIELDS);
    fields.put("consentToShare", "consentToShare");
    return after(
        ReferralChanges.attempt(
            Pages.parameter("version"),
            ifMatch ->
                referralsApi.sendDraft(
                    referral.id(),
                    ifMatch,
                    new DraftSending(true, howLong.until(), howLong.untilReferralEnds())),
            errors,
            fields,
            () -> referralsApi.referral(referral.id())));
  }

  public String withdraw() {
    errors.clear();
    String note = strip(withdrawNote);
    if (note.length() > MAX_NOTE) {
      errors.add("withdrawNote", "The note must be " + MAX_NOTE + " characters or fewer");
      return null;
    }
    return change(Change.WITHDRAW, note, Map.of("note", "withdrawNote"));
  }

  public String enteredInError() {
    errors.clear();
    String note = strip(errorNote);
    if (note.isEmpty()) {
      errors.add("errorNote", "Say why the referral was entered in error");
    } else if (note.length() > MAX_NOTE) {
      errors.add("errorNote", "The note must be " + MAX_NOTE + " characters or fewer");
    }
    if (errors.isPresent()) {
      return null;
    }
    return change(Change.ENTERED_IN_ERROR, note, Map.of("note", "errorNote"));
  }

  private String change(Change change, String note, Map<String, String> fields) {
    StatusUpdate update = StatusUpdate.note(note.isEmpty() ? null : note);
    return after(
        ReferralChanges.attempt(
            Pages.parameter("version"),
            ifMatch -> referralsApi.change(referral.id(), change.path(), ifMatch, update),
            errors,
            fields,
            () -> referralsApi.referral(referral.id())));
  }

  private String after(java.util.Optional<Referral> changed) {
    if (changed.isPresent()) {
      return Pages.redirect("/referrals/referral.xhtml", "id", referral.id());
    }
    referral = referralsApi.referral(referral.id());
    return null;
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  /** Other services are offered once this one expired or declined, and the person is shown. */
  public boolean isOfferingAlternatives() {
    return referral != null
        && ("EXPIRED".equals(referral.status()) || "DECLINED".equals(referral.status()))
        && referral.person() != null
        && referral.person().id() != null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Referral getReferral() {
    return referral;
  }

  public String getWithdrawNote() {
    return withdrawNote;
  }

  public void setWithdrawNote(String withdrawNote) {
    this.withdrawNote = withdrawNote;
  }

  public String getErrorNote() {
    return errorNote;
  }

  public void setErrorNote(String errorNote) {
    this.errorNote = errorNote;
  }

  public boolean isConsentToShare() {
    return consentToShare;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
