package org.openneighbourhood.deployment.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.RunningStack;

/**
 * {@code docs/openapi.json} is the API's contract as the running API publishes it: the document
 * newcomers read, and the one the portal's client is checked against in its unit tests
 * (portal-web's {@code ContractTest}). Run with {@code -Dopenapi.write=true} to write it again
 * after the API changed.
 */
@ExtendWith(RunningStack.class)
@Tag("contract")
class OpenApiDocumentIT {

  static final Path DOCUMENT =
      Path.of(System.getProperty("basedir", ".")).resolve("../docs/openapi.json").normalize();

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void theCheckedInDocumentIsTheOneTheApiServes(LocalStack stack) throws Exception {
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/openapi?format=JSON"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, served.statusCode(), served::body);
    ObjectNode document = (ObjectNode) JSON.readTree(served.body());
    document.remove("servers");
    JsonNode published = stable(document);
    if (Boolean.getBoolean("openapi.write")) {
      Files.writeString(DOCUMENT, JSON.writeValueAsString(published) + "\n");
    }
    assertEquals(
        published,
        checkedIn(),
        DOCUMENT
            + " differs from the API's document: write it again with -Dit.test=OpenApiDocumentIT"
            + " -Dopenapi.write=true (deployment/README.md), and check the portal's ContractTest");
  }

  private static JsonNode checkedIn() throws IOException {
    return Files.exists(DOCUMENT) ? JSON.readTree(DOCUMENT.toFile()) : JSON.nullNode();
  }

  /**
   * The document with its keys in order, so that a change reads as a small diff (the servers, which
   * name this run's port, are taken out before).
   */
  static JsonNode stable(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode sorted = JSON.createObjectNode();
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      names.stream().sorted().forEach(name -> sorted.set(name, stable(object.get(name))));
      return sorted;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JSON.createArrayNode();
      array.forEach(element -> copy.add(stable(element)));
      return copy;
    }
    return node;
  }
}
