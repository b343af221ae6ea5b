package org.openneighbourhood.portal.referrals;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.NewMessage;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.layout.Pages;
import org.openneighbourhood.portal.problem.FormErrors;

/**
 * The "Send a message" form of a referral page (the receiver's, the referrer's and each of the
 * person's referrals): checks the text as the API will, sends it once under the idempotency key the
 * form was shown with, and on an error keeps what was typed and says what is wrong next to the
 * field. The textarea posts as {@value #PARAMETER}; its id is the error's field, so a page with
 * several forms says which one.
 */
public final class MessageForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest message the API takes, once trimmed. */
  public static final int MAX = 1000;

  static final String PARAMETER = "message";
  static final String KEY_PARAMETER = "messageKey";

  /** Sends a message under an idempotency key; the API's answer is the referral with it. */
  public interface Sender {
    Referral send(String idempotencyKey, NewMessage message);
  }

  private String key = UUID.randomUUID().toString();
  private String field = "";
  private String text = "";

  /**
   * Sends what was typed in the textarea {@code field}.
   *
   * @return whether the message was written
   */
  public boolean send(FormErrors errors, String field, Sender sender) {
    return send(errors, field, Pages.parameter(PARAMETER), Pages.parameter(KEY_PARAMETER), sender);
  }

  boolean send(FormErrors errors, String field, String typed, String formKey, Sender sender) {
    this.field = field;
    this.text = typed == null ? "" : typed;
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      errors.add(field, "Enter a message");
      return false;
    }
    if (stripped.length() > MAX) {
      errors.add(field, "The message must be " + MAX + " characters or fewer");
      return false;
    }
    // The key the form was shown with: a double submit sends it twice and writes once.
    String sent = formKey == null || formKey.isBlank() ? key : formKey;
    try {
      sender.send(sent, new NewMessage(stripped));
      this.text = "";
      this.key = UUID.randomUUID().toString();
      return true;
    } catch (ApiProblemException e) {
      if (e.status() == 503) {
        // It may have been written just before the outage: the next try sends the same key.
        this.key = sent;
        errors.addGeneral(
            "The service is unavailable at the moment, so your message may not have been sent."
                + " Try again in a few minutes: it will not be sent twice.");
        return false;
      }
      this.key = UUID.randomUUID().toString();
      if (e.status() == 400) {
        errors.addProblem(e, Map.of("text", field));
      } else if (e.status() == 403 || e.status() == 404) {
        errors.add(field, "You cannot send a message on this referral");
      } else if (e.status() == 409 || e.status() == 422) {
        errors.add(field, e.detail().isBlank() ? "Your message was not sent" : e.detail());
      } else {
        throw e;
      }
      return false;
    }
  }

  /** What was typed in the textarea {@code field} when it was last sent, or nothing. */
  public String textFor(String field) {
    return field.equals(this.field) ? text : "";
  }

  /** The idempotency key this form is shown with. */
  public String getKey() {
    return key;
  }
}
