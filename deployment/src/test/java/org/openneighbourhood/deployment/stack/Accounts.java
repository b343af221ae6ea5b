package org.openneighbourhood.deployment.stack;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;

/** Sign-in accounts a test makes for itself, provisioned into the running Keycloak. */
public final class Accounts {

  private Accounts() {}

  /**
   * A person who signs in to see their own record (matched by the NHS number); e-mail {@code
   * <username>@people.example}, password {@code demo-password}.
   */
  public static NeighbourhoodFile person(
      String username, String firstName, String lastName, String nhsNumber) {
    String json =
        "{\"description\":\"test person\",\"organisations\":[],\"clients\":[],\"users\":[{"
            + "\"username\":\""
            + username
            + "\",\"firstName\":\""
            + firstName
            + "\",\"lastName\":\""
            + lastName
            + "\",\"email\":\""
            + username
            + "@people.example\",\"roles\":[\"person\"],\"organisations\":[],"
            + "\"password\":\"demo-password\",\"attributes\":{\"nhsNumber\":[\""
            + nhsNumber
            + "\"]}}]}";
    return NeighbourhoodFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }
}
