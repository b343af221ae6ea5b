package org.openneighbourhood.deployment.sensitive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openneighbourhood.deployment.stack.Demo.NORTHGATE_PCN;
import static org.openneighbourhood.deployment.stack.Demo.WALKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.openneighbourhood.deployment.access.PolicyText;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.Accounts;
import org.openneighbourhood.deployment.stack.Api;
import org.openneighbourhood.deployment.stack.Api.Reply;
import org.openneighbourhood.deployment.stack.Demo;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;

/**
 * The run's canary person: a restricted record whose address holds canary values and who has a
 * canary safeguarding note, seeded once through the API by the users the policy lets do it, in an
 * order that leaves everyone in the relationship they keep for the rest of the run before any
 * canary exists. Gary's surgery registers them and stays in the care team; Lina's network joins,
 * refers them to Green Minds and leaves, so Lina is only the sender; Vera's Green Minds is the
 * receiver; {@value #PERSON_USER} is the person. Relationships are organisations': every other
 * member of those three organisations stands as they do (Liam, in both Northgate and Green Minds,
 * as either), and everyone else has none. Lina and the person each write a canary message on the
 * referral: messages reach only the referral's parties.
 *
 * @param values the canary values by the field row that decides who is shown them
 * @param accounts the stack's accounts, to tell the organisations and roles of any other user
 */
public record Canary(
    Map<String, List<String>> values,
    String personId,
    String nhsNumber,
    String referralId,
    Map<String, Participant> participants,
    Function<String, Optional<NeighbourhoodFile.Person>> accounts) {

  /** How the staff of each organisation taking part stand to the canary person. */
  private static final Map<String, String> BY_ORGANISATION =
      Map.of(
          "riverside-surgery", "care team", "northgate-pcn", "sender", "green-minds", "receiver");

  public static final String NOTES = "field.safeguarding-notes";
  public static final String ADDRESS = "field.restricted-address";
  public static final String PERSON_USER = "casey.canary";

  /**
   * The messages on the canary referral. Not a field row: a message is shown wherever the
   * referral's free text is, to its sender and receiver ({@code referral.read}) and to the person
   * ({@code me.referrals}), never masked.
   */
  public static final String MESSAGES = "referral messages";

  /** A user who stands in a relationship to the canary person. */
  public record Participant(String username, Set<String> roles, String relationship) {}

  public String note() {
    return values.get(NOTES).get(0);
  }

  public String addressLine() {
    return values.get(ADDRESS).get(0);
  }

  public String postcode() {
    return values.get(ADDRESS).get(1);
  }

  /** How the user stands to the canary person; "none" for anyone not taking part. */
  public String relationshipOf(String username) {
    List<Participant> standings = standingsOf(username);
    return standings.isEmpty()
        ? "none"
        : String.join(" or ", standings.stream().map(Participant::relationship).toList());
  }

  /**
   * The user's standings: as seeded, else one for each of their organisations that takes part (with
   * their roles); none for anyone else.
   */
  private List<Participant> standingsOf(String username) {
    if (username == null) {
      return List.of();
    }
    Participant named = participants.get(username);
    if (named != null) {
      return List.of(named);
    }
    return accounts.apply(username).stream()
        .flatMap(
            account ->
                account.organisations().stream()
                    .filter(BY_ORGANISATION::containsKey)
                    .map(
                        alias ->
                            new Participant(username, account.roles(), BY_ORGANISATION.get(alias))))
        .toList();
  }

  /**
   * Whether the policy shows the field to the user, as the table's text says for their roles and
   * relationship. Anyone not taking part is shown nothing: {@link #seed} checks that the "none"
   * column shows no field to any role.
   */
  public boolean shows(PolicyText policy, String field, String username) {
    for (Participant participant : standingsOf(username)) {
      String row = field;
      if (field.equals(MESSAGES)) {
        row = participant.relationship().equals("self") ? "me.referrals" : "referral.read";
      }
      if (policy.expect(row, participant.roles(), participant.relationship()).equals("allow")) {
        return true;
      }
    }
    return false;
  }

  static Canary seed(LocalStack stack) {
    PolicyText policy = PolicyText.read();
    for (String field : List.of(NOTES, ADDRESS)) {
      for (String role :
          List.of(
              "link-worker",
              "gp-staff",
              "social-care",
              "vcfse-staff",
              "org-admin",
              "commissioner",
              "person",
              "platform-admin")) {
        assertEquals(
            "deny",
            policy.expect(field, Set.of(role), "none"),
            "the canary test takes anyone not involved to be shown no " + field);
      }
    }
    Api api = new Api(stack);
    String token = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String note = "CANARY-SAFEGUARDING-" + token.toUpperCase(Locale.ROOT);
    String line = "CANARY-ADDRESS-" + token.toUpperCase(Locale.ROOT);
    String postcode = rarePostcode();
    String fromReferrer = "CANARY-MESSAGE-REFERRER-" + token.toUpperCase(Locale.ROOT);
    String fromPerson = "CANARY-MESSAGE-PERSON-" + token.toUpperCase(Locale.ROOT);
    String nhs = Demo.freshNhsNumber();

    Reply registered =
        api.post(
            "gary.gp",
            "/people",
            Map.of(
                "nhsNumber",
                nhs,
                "givenName",
                "Casey",
                "familyName",
                "Canary",
                "dateOfBirth",
                "1984-02-29",
                "consentToRecord",
                true,
                "address",
                Map.of("lines", List.of(line, "Northgate"), "postcode", postcode),
                "restricted",
                true));
    assertEquals(201, registered.status(), registered::toString);
    String person = registered.body().get("id").asText();

    Reply joined =
        api.post(
            "gary.gp",
            "/people/" + person + "/care-team",
            Map.of("organisationId", NORTHGATE_PCN, "personAgreed", true));
    assertEquals(200, joined.status(), joined::toString);
    Reply referred =
        api.post(
            "lina.link",
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                WALKING,
                "reason",
                "Would like company outdoors",
                "urgency",
                "ROUTINE",
                "consentToShare",
                true));
    assertEquals(201, referred.status(), referred::toString);
    String pcnMembership = null;
    for (JsonNode member : joined.body()) {
      if (member.path("organisationId").asText().equals(NORTHGATE_PCN)) {
        pcnMembership = member.path("id").asText();
      }
    }
    Reply left =
        api.post("gary.gp", "/people/" + person + "/care-team/" + pcnMembership + "/end", null);
    assertEquals(200, left.status(), left::toString);

    Reply noted =
        api.post(
            "gary.gp",
            "/people/" + person + "/safeguarding-notes",
            Map.of("text", "Raised with the practice safeguarding lead: " + note + "."));
    assertEquals(201, noted.status(), noted::toString);
    stack.provision(Accounts.person(PERSON_USER, "Casey", "Canary", nhs));
    String referral = referred.body().get("id").asText();
    Reply linaWrote =
        api.post(
            "lina.link",
            "/referrals/" + referral + "/messages",
            Map.of("text", "Casey prefers afternoons: " + fromReferrer));
    assertEquals(201, linaWrote.status(), linaWrote::toString);
    Reply caseyWrote =
        api.post(
            PERSON_USER,
            "/me/referrals/" + referral + "/messages",
            Map.of("text", "Please do not phone before noon. " + fromPerson));
    assertEquals(201, caseyWrote.status(), caseyWrote::toString);

    Map<String, Participant> participants = new LinkedHashMap<>();
    for (Participant p :
        List.of(
            new Participant("gary.gp", Set.of("gp-staff"), "care team"),
            new Participant("lina.link", Set.of("link-worker"), "sender"),
            new Participant("vera.vcfse", Set.of("vcfse-staff"), "receiver"),
            new Participant(PERSON_USER, Set.of("person"), "self"))) {
      participants.put(p.username(), p);
    }
    return new Canary(
        Map.of(
            NOTES,
            List.of(note),
            ADDRESS,
            List.of(line, postcode),
            MESSAGES,
            List.of(fromReferrer, fromPerson)),
        person,
        nhs,
        referral,
        Map.copyOf(participants),
        stack::account);
  }

  /** A valid postcode of a kind nothing else in the run would print (Shetland, random). */
  private static String rarePostcode() {
    String letters = "ABDEFGHJLNPQRSTUWXYZ";
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "ZE"
        + (1 + random.nextInt(3))
        + " "
        + random.nextInt(10)
        + letters.charAt(random.nextInt(letters.length()))
        + letters.charAt(random.nextInt(letters.length()));
  }
}
