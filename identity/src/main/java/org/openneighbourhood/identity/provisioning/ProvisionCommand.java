package org.openneighbourhood.identity.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Onboards a neighbourhood's organisations and people from a file:
 *
 * <pre>
 * java -cp ... org.openneighbourhood.identity.provisioning.ProvisionCommand \
 *   --server https://id.example.org --realm neighbourhood --file neighbourhood.json \
 *   --client-id neighbourhood-provisioner   (secret in NP_PROVISIONER_CLIENT_SECRET)
 * </pre>
 *
 * Authenticates with the realm's provisioning service account; never needs Keycloak's console.
 */
public final class ProvisionCommand {

  private static final Logger LOG = Logger.getLogger(ProvisionCommand.class.getName());

  private ProvisionCommand() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = parse(args);
    String server = required(options, "server");
    String realm = options.getOrDefault("realm", "neighbourhood");
    Path file = Path.of(required(options, "file"));
    String clientId = options.getOrDefault("client-id", "neighbourhood-provisioner");
    String secret = System.getenv("NP_PROVISIONER_CLIENT_SECRET");
    if (secret == null || secret.isBlank()) {
      fail("Set NP_PROVISIONER_CLIENT_SECRET to the provisioning client's secret.");
    }
    NeighbourhoodFile neighbourhood;
    try (InputStream in = Files.newInputStream(file)) {
      neighbourhood = NeighbourhoodFile.read(in);
    }
    try (Keycloak keycloak =
        KeycloakBuilder.builder()
            .serverUrl(server)
            .realm(realm)
            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
            .clientId(clientId)
            .clientSecret(secret)
            .build()) {
      Provisioner.Outcome outcome = new Provisioner(keycloak.realm(realm)).provision(neighbourhood);
      LOG.info(
          () ->
              "Created "
                  + outcome.organisations()
                  + " organisations, "
                  + outcome.users()
                  + " users, "
                  + outcome.clients()
                  + " clients.");
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        fail("Usage: --server URL --file FILE [--realm neighbourhood] [--client-id ID]");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String key) {
    String value = options.get(key);
    if (value == null || value.isBlank()) {
      fail("Missing --" + key);
    }
    return value;
  }

  private static void fail(String message) {
    LOG.severe(message);
    throw new IllegalArgumentException(message);
  }
}
