package org.openneighbourhood.portal.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.openneighbourhood.portal.api.Change;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralsApi;
import org.openneighbourhood.portal.api.StatusUpdate;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.problem.TextLimits;
import org.openneighbourhood.portal.referrals.MessageForm;
import org.openneighbourhood.portal.referrals.ReferralChanges;

/**
 * A referral addressed to my organisation, and the changes the receiver makes to it: answer it
 * (accept, waitlist, decline with a reason), start, complete with an outcome, or close it when the
 * person did not take it up. Only the changes the API lists in nextStatuses are offered.
 */
@Named
@ViewScoped
public class InboxReferralPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_NOTE = TextLimits.LONG;

  static final Map<String, String> DECLINE_FIELDS =
      Map.of("reason", "declineReason", "note", "declineNote");
  static final Map<String, String> ANSWER_FIELDS = Map.of("note", "answerNote");
  static final Map<String, String> COMPLETE_FIELDS =
      Map.of("outcome", "outcome", "note", "outcome");
  static final Map<String, String> CLOSE_FIELDS = Map.of("note", "closeNote");

  @Inject ReferralsApi referralsApi;

  private String id;
  private Referral referral;
  private String declineReason = "";
  private String declineNote;
  private String answerNote;
  private String outcome;
  private String closeNote;
  private final MessageForm messageForm = new MessageForm();
  private final FormErrors errors =
      new FormErrors(Map.of("declineReason", "declineReason-NO_CAPACITY"));

  /** Sends the "Send a message" form; the page shows the message in the timeline. */
  public String sendMessage() {
    errors.clear();
    if (messageForm.send(
        errors,
        "message",
        (key, message) -> referralsApi.sendMessage(referral.id(), key, message))) {
      return Pages.redirect("/inbox/referral.xhtml", "id", referral.id());
    }
    return null;
  }

  public MessageForm getMessageForm() {
    return messageForm;
  }

  public void load() {
    Pages.idOrNotFound(id).ifPresent(referralId -> referral = referralsApi.referral(referralId));
  }

  public String accept() {
    errors.clear();
    return change(Change.ACCEPT, optionalNote(answerNote, "answerNote"), ANSWER_FIELDS);
  }

  public String waitlist() {
    errors.clear();
    return change(Change.WAITLIST, optionalNote(answerNote, "answerNote"), ANSWER_FIELDS);
  }

  public String decline() {
    errors.clear();
    declineReason = Pages.parameter("declineReason");
    if (!DeclineReason.isCode(declineReason)) {
      errors.add("declineReason", "Select why you are declining");
    }
    String note = strip(declineNote);
    if ("OTHER".equals(declineReason) && note.isEmpty()) {
      errors.add("declineNote", "Tell them why you are declining");
    } else if (note.length() > MAX_NOTE) {
      errors.add("declineNote", "The note must be " + MAX_NOTE + " characters or fewer");
    }
    if (errors.isPresent()) {
      return null;
    }
    return change(
        Change.DECLINE,
        new StatusUpdate(declineReason, note.isEmpty() ? null : note, null),
        DECLINE_FIELDS);
  }

  public String start() {
    errors.clear();
    return change(Change.START, StatusUpdate.note(null), Map.of());
  }

  public String complete() {
    errors.clear();
    String text = strip(outcome);
    if (text.isEmpty()) {
      errors.add("outcome", "Say what came of the referral");
    } else if (text.length() > MAX_NOTE) {
      errors.add("outcome", "The outcome must be " + MAX_NOTE + " characters or fewer");
    }
    if (errors.isPresent()) {
      return null;
    }
    return change(Change.COMPLETE, new StatusUpdate(null, null, text), COMPLETE_FIELDS);
  }

  public String didNotEngage() {
    errors.clear();
    return change(Change.DID_NOT_ENGAGE, optionalNote(closeNote, "closeNote"), CLOSE_FIELDS);
  }

  private StatusUpdate optionalNote(String note, String field) {
    String text = strip(note);
    if (text.length() > MAX_NOTE) {
      errors.add(field, "The note must be " + MAX_NOTE + " characters or fewer");
    }
    return StatusUpdate.note(text.isEmpty() ? null : text);
  }

  private String change(Change change, StatusUpdate update, Map<String, String> fields) {
    if (errors.isPresent()) {
      return null;
    }
    var changed =
        ReferralChanges.attempt(
            Pages.parameter("version"),
            ifMatch -> referralsApi.change(referral.id(), change.path(), ifMatch, update),
            errors,
            fields,
            () -> referralsApi.referral(referral.id()));
    if (changed.isPresent()) {
      return Pages.redirect("/inbox/referral.xhtml", "id", referral.id());
    }
    referral = referralsApi.referral(referral.id());
    return null;
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
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

  public DeclineReason[] getDeclineReasons() {
    return DeclineReason.values();
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public String getDeclineNote() {
    return declineNote;
  }

  public void setDeclineNote(String declineNote) {
    this.declineNote = declineNote;
  }

  public String getAnswerNote() {
    return answerNote;
  }

  public void setAnswerNote(String answerNote) {
    this.answerNote = answerNote;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getCloseNote() {
    return closeNote;
  }

  public void setCloseNote(String closeNote) {
    this.closeNote = closeNote;
  }

  public FormErrors getErrors() {
    return errors;
  }
}
