package org.openneighbourhood.deployment.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openneighbourhood.deployment.stack.Api.Reply;

/**
 * People a test registers for itself through the API, each with a fresh NHS number so that no two
 * tests (or two runs on kept data) share one.
 */
public final class People {

  /** Someone just registered: their record's id and the NHS number they were registered with. */
  public record Registered(String id, String nhsNumber) {}

  private People() {}

  /**
   * The body that registers someone new with their agreement to a record: a fresh NHS number, the
   * names and birth date given. Add fields (an address, {@code restricted}) before sending it.
   */
  public static Map<String, Object> registration(
      String givenName, String familyName, String dateOfBirth) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("nhsNumber", Demo.freshNhsNumber());
    body.put("givenName", givenName);
    body.put("familyName", familyName);
    body.put("dateOfBirth", dateOfBirth);
    body.put("consentToRecord", true);
    return body;
  }

  /** Registers someone new as the user; fails the test unless it is a 201. */
  public static Registered register(Api api, String user, Map<String, Object> registration) {
    Reply registered = api.post(user, "/people", registration);
    assertEquals(201, registered.status(), registered::toString);
    return new Registered(
        registered.body().path("id").asText(), String.valueOf(registration.get("nhsNumber")));
  }

  /** Registers someone new, as Lina the link worker (Northgate PCN); their record's id. */
  public static String register(Api api, String givenName, String familyName, String dateOfBirth) {
    return register(api, "lina.link", registration(givenName, familyName, dateOfBirth)).id();
  }
}
