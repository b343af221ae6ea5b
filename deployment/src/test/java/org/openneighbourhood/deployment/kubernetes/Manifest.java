package org.openneighbourhood.deployment.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One YAML document of a manifest file, as written, with the file it came from. */
record Manifest(String file, JsonNode json) {

  static final YAMLMapper YAML = new YAMLMapper();

  /** Every document of a (possibly multi-document) YAML file; empty documents are skipped. */
  static List<Manifest> read(Path file) {
    List<Manifest> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> values =
        YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (values.hasNext()) {
        JsonNode json = values.next();
        if (json != null && json.isObject() && !json.isEmpty()) {
          documents.add(new Manifest(file.getFileName().toString(), json));
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(file + " is not YAML", unreadable);
    }
    return documents;
  }

  String apiVersion() {
    return json.path("apiVersion").asText();
  }

  String kind() {
    return json.path("kind").asText();
  }

  String name() {
    return json.path("metadata").path("name").asText();
  }

  String namespace() {
    return json.path("metadata").path("namespace").asText();
  }

  JsonNode spec() {
    return json.path("spec");
  }

  boolean is(String kind, String name) {
    return kind().equals(kind) && name().equals(name);
  }

  @Override
  public String toString() {
    return kind() + " " + name() + " (" + file + ")";
  }
}
