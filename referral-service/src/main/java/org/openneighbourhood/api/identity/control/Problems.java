package org.openneighbourhood.api.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * What Keycloak said was wrong, for the server log: only its error code and English message ({@code
 * error}, {@code errorMessage}, {@code error_description}), never the rest of the body.
 */
final class Problems {

  private static final int MAX = 200;

  private Problems() {}

  static String errorOf(Response response) {
    try {
      String body = response.readEntity(String.class);
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonObject error = reader.readObject();
        String text =
            String.join(
                    " ",
                    error.getString("error", ""),
                    error.getString("errorMessage", ""),
                    error.getString("error_description", ""))
                .strip();
        return text.length() > MAX ? text.substring(0, MAX) : text;
      }
    } catch (RuntimeException unreadable) {
      return "(no readable error)";
    }
  }
}
