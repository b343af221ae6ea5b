package org.openneighbourhood.api.referral.boundary;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /referrals/{id}/messages and /me/referrals/{id}/messages. The rule for the text
 * (1 to 1000 characters once trimmed) is the referral's own ({@code Referral#write}).
 */
public class NewMessage {

  @Schema(description = "The message: 1 to 1000 characters once trimmed", maxLength = 1000)
  public String text;

  public NewMessage() {}

  public NewMessage(String text) {
    this.text = text;
  }

  String fingerprint(UUID referralId) {
    return "message\n" + referralId + "\n" + text;
  }

  @Override
  public String toString() {
    // The text is sensitive: never in a log line.
    return "NewMessage";
  }
}
