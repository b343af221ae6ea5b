package org.openneighbourhood.portal.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every 4xx/5xx answer into an {@link ApiProblemException}, problem+json or not. */
public class ProblemResponseMapper implements ResponseExceptionMapper<ApiProblemException> {

  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status >= 400;
  }

  @Override
  public ApiProblemException toThrowable(Response response) {
    String body = "";
    try {
      if (response.hasEntity()) {
        body = response.readEntity(String.class);
      }
    } catch (RuntimeException e) {
      body = "";
    }
    return parse(response.getStatus(), body);
  }

  static ApiProblemException parse(int status, String body) {
    if (body == null || body.isBlank()) {
      return new ApiProblemException(status, null, null, List.of());
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return new ApiProblemException(status, null, null, List.of());
      }
      JsonObject problem = value.asJsonObject();
      List<FieldError> errors = new ArrayList<>();
      JsonValue list = problem.get("errors");
      if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
        for (JsonValue item : list.asJsonArray()) {
          if (item.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject error = item.asJsonObject();
            errors.add(new FieldError(text(error, "field"), text(error, "message")));
          }
        }
      }
      return new ApiProblemException(
          status, text(problem, "type"), text(problem, "detail"), errors);
    } catch (JsonParsingException | IllegalStateException e) {
      return new ApiProblemException(status, null, null, List.of());
    }
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
