package org.openneighbourhood.api.application.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Absent values are written as null, so clients see every member of the documented shapes. */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
