package org.openneighbourhood.identity.provisioning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.representations.idm.ClientRepresentation;
import org.openneighbourhood.identity.vocabulary.Role;
import org.openneighbourhood.identity.vocabulary.Sector;

/**
 * What a platform admin hands to provisioning when a neighbourhood goes live: its organisations,
 * their people, and (for the demo and tests only) extra clients.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NeighbourhoodFile(
    String description,
    List<Organisation> organisations,
    List<Person> users,
    List<ClientRepresentation> clients) {

  public NeighbourhoodFile {
    organisations = organisations == null ? List.of() : List.copyOf(organisations);
    users = users == null ? List.of() : List.copyOf(users);
    clients = clients == null ? List.of() : List.copyOf(clients);
  }

  /** An organisation; {@code alias} is the key shared with referral-service's organisation. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Organisation(
      String alias,
      String name,
      String domain,
      Sector sector,
      Map<String, List<String>> attributes) {}

  /**
   * A member of staff or a person. Without a password the account is created with the "update
   * password" required action, to be completed from an invitation email.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Person(
      String username,
      String firstName,
      String lastName,
      String email,
      Set<String> roles,
      List<String> organisations,
      String password,
      Map<String, List<String>> attributes) {
    public Person {
      roles = roles == null ? Set.of() : Set.copyOf(roles);
      organisations = organisations == null ? List.of() : List.copyOf(organisations);
      attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
  }

  public static NeighbourhoodFile read(InputStream json) {
    try {
      NeighbourhoodFile file =
          new ObjectMapper()
              .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
              .readValue(json, NeighbourhoodFile.class);
      file.check();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The neighbourhood file is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Refuses a file that would half-provision: every problem is listed, nothing is sent. */
  void check() {
    List<String> problems = new ArrayList<>();
    Set<String> aliases = new java.util.HashSet<>();
    for (Organisation o : organisations) {
      if (o.alias() == null || !o.alias().matches("[a-z0-9][a-z0-9-]{1,62}")) {
        problems.add(
            "organisation alias '" + o.alias() + "' must be lower-case letters, digits, -");
      } else if (!aliases.add(o.alias())) {
        problems.add("organisation alias '" + o.alias() + "' appears twice");
      }
      if (o.name() == null || o.name().isBlank()) {
        problems.add("organisation '" + o.alias() + "' has no name");
      }
      if (o.sector() == null) {
        problems.add("organisation '" + o.alias() + "' has no sector");
      }
    }
    for (Person p : users) {
      String who = "user '" + p.username() + "'";
      if (p.username() == null || p.username().isBlank()) {
        problems.add("a user has no username");
      }
      if (p.email() == null || !p.email().contains("@")) {
        problems.add(who + " needs an email address");
      }
      if (p.firstName() == null || p.lastName() == null) {
        problems.add(who + " needs a first and last name");
      }
      for (String role : p.roles()) {
        if (Role.fromRoleName(role).isEmpty()) {
          problems.add(who + " has unknown role '" + role + "'");
        }
      }
      for (String alias : p.organisations()) {
        if (!aliases.contains(alias)) {
          problems.add(who + " belongs to unknown organisation '" + alias + "'");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "The neighbourhood file cannot be provisioned:\n  " + String.join("\n  ", problems));
    }
  }
}
