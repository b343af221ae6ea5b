package org.openneighbourhood.deployment.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.openneighbourhood.deployment.local.LocalStack;
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

  /**
   * Another partner system of Riverside Surgery (the demo's GP practice, provisioned again as it
   * is), with these SMART scopes and the demo partner's secret ({@link Tokens#PARTNER_SECRET}).
   */
  public static NeighbourhoodFile riversidePartner(String clientId, String... scopes) {
    String json =
        "{\"description\":\"test partner\",\"organisations\":[{\"alias\":\"riverside-surgery\","
            + "\"name\":\"Riverside Surgery\",\"domain\":\"riverside-surgery.example\","
            + "\"sector\":\"GP_PRACTICE\",\"attributes\":{\"odsCode\":[\"Y90001\"]}}],"
            + "\"users\":[],\"clients\":[],\"partners\":[{\"clientId\":\""
            + clientId
            + "\",\"name\":\"Riverside Surgery's test system\",\"organisation\":"
            + "\"riverside-surgery\",\"secret\":\""
            + Tokens.PARTNER_SECRET
            + "\",\"scopes\":[\""
            + String.join("\",\"", scopes)
            + "\"]}]}";
    return NeighbourhoodFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Provisions {@link Tokens#PARTNER_WITHOUT_POLLING} (again: a second time changes nothing) and
   * lets {@code api} ask for its tokens.
   */
  public static void referringOnlyPartner(LocalStack stack, Api api) {
    stack.provision(
        riversidePartner(
            Tokens.PARTNER_WITHOUT_POLLING,
            "system/ServiceRequest.write",
            "system/ServiceRequest.read"));
    api.tokens().client(Tokens.PARTNER_WITHOUT_POLLING, Tokens.PARTNER_SECRET);
  }

  /**
   * A VCFSE staff member of an organisation that already exists; e-mail {@code
   * <username>@<organisation>.example}, password {@code demo-password}.
   */
  public static NeighbourhoodFile staffMember(String username, String organisation) {
    String json =
        "{\"description\":\"organisations test\",\"clients\":[],\"organisations\":[{"
            + "\"alias\":\""
            + organisation
            + "\",\"name\":\"already there\",\"sector\":\"VCFSE\"}],\"users\":[{"
            + "\"username\":\""
            + username
            + "\",\"firstName\":\"Max\",\"lastName\":\"Member\",\"email\":\""
            + username
            + "@"
            + organisation
            + ".example\",\"roles\":[\"vcfse-staff\"],\"organisations\":[\""
            + organisation
            + "\"],\"password\":\"demo-password\"}]}";
    return NeighbourhoodFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** The Keycloak id of a Green Minds staff member, as its admin Olive sees it. */
  public static String staffId(Api api, String email) {
    for (JsonNode member : api.get("olive.admin", "/organisations/mine/staff").body()) {
      if (member.path("email").asText().equals(email)) {
        return member.path("id").asText();
      }
    }
    throw new AssertionError(email + " is not in Green Minds' staff");
  }
}
