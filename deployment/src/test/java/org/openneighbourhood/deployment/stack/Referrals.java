package org.openneighbourhood.deployment.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openneighbourhood.deployment.stack.Api.Reply;

/**
 * Referrals a test sends for itself through the API, as a link worker sends them: routine, with the
 * person's agreement to share.
 */
public final class Referrals {

  private Referrals() {}

  /**
   * The body of a routine referral of the person to the service, with their agreement to share. Add
   * fields ({@code draft}, a consent term, a goal) before sending it.
   */
  public static Map<String, Object> referral(String personId, String serviceId, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("personId", personId);
    body.put("serviceId", serviceId);
    body.put("reason", reason);
    body.put("urgency", "ROUTINE");
    body.put("consentToShare", true);
    return body;
  }

  /** Sends the referral as Lina the link worker (Northgate PCN), whatever the answer. */
  public static Reply trySend(Api api, Map<String, Object> referral) {
    return api.post("lina.link", "/referrals", referral);
  }

  /** Sends the referral as Lina; fails the test unless it is a 201; the referral's id. */
  public static String send(Api api, Map<String, Object> referral) {
    Reply sent = trySend(api, referral);
    assertEquals(201, sent.status(), sent::toString);
    return sent.body().path("id").asText();
  }

  /** Lina refers the person to the service for the reason; the referral's id. */
  public static String send(Api api, String personId, String serviceId, String reason) {
    return send(api, referral(personId, serviceId, reason));
  }
}
