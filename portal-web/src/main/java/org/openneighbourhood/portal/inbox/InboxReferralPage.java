package org.openneighbourhood.portal.inbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.Decline;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.api.ReferralApi;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;
import org.openneighbourhood.portal.referrals.ReferralWords;

/** A referral addressed to my organisation, and the decision to accept or decline it. */
@Named
@ViewScoped
public class InboxReferralPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_NOTE = 2000;

  static final Map<String, String> API_FIELDS =
      Map.of("reason", "declineReason", "note", "declineNote");

  @Inject ReferralApi api;
  @Inject ReferralWords words;

  private String id;
  private Referral referral;
  private String declineReason = "";
  private String declineNote;
  private final FormErrors errors =
      new FormErrors(Map.of("declineReason", "declineReason-NO_CAPACITY"));

  public void load() {
    Pages.idOrNotFound(id).ifPresent(referralId -> referral = api.referral(referralId));
  }

  public String accept() {
    errors.clear();
    try {
      api.accept(referral.id());
      return Pages.redirect("/inbox/referral.xhtml", "id", referral.id());
    } catch (ApiProblemException e) {
      return refused(e);
    }
  }

  public String decline() {
    errors.clear();
    declineReason = Pages.parameter("declineReason");
    if (!DeclineReason.isCode(declineReason)) {
      errors.add("declineReason", "Select why you are declining");
    }
    String note = declineNote == null ? "" : declineNote.strip();
    if ("OTHER".equals(declineReason) && note.isEmpty()) {
      errors.add("declineNote", "Tell them why you are declining");
    } else if (note.length() > MAX_NOTE) {
      errors.add("declineNote", "The note must be " + MAX_NOTE + " characters or fewer");
    }
    if (errors.isPresent()) {
      return null;
    }
    try {
      api.decline(referral.id(), new Decline(declineReason, note.isEmpty() ? null : note));
      return Pages.redirect("/inbox/referral.xhtml", "id", referral.id());
    } catch (ApiProblemException e) {
      return refused(e);
    }
  }

  /** A decision the API refused: show why, next to the right field or at the top. */
  private String refused(ApiProblemException e) {
    if (e.status() == 409) {
      referral = api.referral(referral.id());
      errors.addGeneral(
          "This referral has already been decided, so your decision was not saved. It now says: "
              + words.status(referral));
      return null;
    }
    if (e.status() == 400 || e.status() == 403) {
      errors.addProblem(e, API_FIELDS);
      return null;
    }
    throw e;
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

  public FormErrors getErrors() {
    return errors;
  }
}
