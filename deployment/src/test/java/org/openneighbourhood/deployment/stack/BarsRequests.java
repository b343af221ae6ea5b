package org.openneighbourhood.deployment.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * BaRS referral requests for the tests, made from the standard's own example ({@code
 * /bars/servicerequest-request.json}) with this run's MessageHeader id, person and service.
 */
public final class BarsRequests {

  public static final String PROCESS_MESSAGE = "/fhir/$process-message";

  private static final ObjectMapper JSON = new ObjectMapper();

  private BarsRequests() {}

  /** The example, about the person with NHS number {@code nhs}, to {@code service}. */
  public static String request(String messageId, String nhs, String service) {
    return changed(
        nhs,
        service,
        bundle -> ((ObjectNode) resource(bundle, "MessageHeader")).put("id", messageId));
  }

  /** The same, with a fresh message id and one more change. */
  public static String changed(String nhs, String service, Consumer<ObjectNode> change) {
    try (InputStream in =
        BarsRequests.class.getResourceAsStream("/bars/servicerequest-request.json")) {
      ObjectNode bundle = (ObjectNode) JSON.readTree(in);
      ((ObjectNode) resource(bundle, "MessageHeader")).put("id", UUID.randomUUID().toString());
      ObjectNode patient = (ObjectNode) resource(bundle, "Patient");
      ((ObjectNode) patient.path("identifier").path(0)).put("value", nhs);
      ObjectNode request = (ObjectNode) resource(bundle, "ServiceRequest");
      request.putArray("performer").addObject().put("reference", "HealthcareService/" + service);
      request.putArray("reasonCode").addObject().put("text", "Lonely since moving: BaRS test");
      change.accept(bundle);
      return JSON.writeValueAsString(bundle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first resource of the type in a Bundle. */
  public static JsonNode resource(JsonNode bundle, String type) {
    for (JsonNode entry : bundle.path("entry")) {
      if (type.equals(entry.path("resource").path("resourceType").asText())) {
        return entry.path("resource");
      }
    }
    throw new IllegalStateException("No " + type + " in " + bundle);
  }
}
