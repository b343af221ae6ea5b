package org.openneighbourhood.deployment.kubernetes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whether a manifest is a well-formed object of its kind, refusing unknown fields as {@code kubectl
 * apply --validate=strict} does: built-in kinds through the fabric8 Kubernetes model, custom
 * resources through their CRD's {@code openAPIV3Schema}.
 */
final class KubernetesSchemas {

  /** The built-in kinds the manifests may use, by {@code apiVersion kind}. */
  private static final Map<String, Class<?>> BUILT_IN =
      Map.of(
          "v1 Namespace", Namespace.class,
          "v1 ConfigMap", ConfigMap.class,
          "v1 Secret", Secret.class,
          "v1 Service", Service.class,
          "apps/v1 Deployment", Deployment.class,
          "autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
          "policy/v1 PodDisruptionBudget", PodDisruptionBudget.class,
          "networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class,
          "networking.k8s.io/v1 Ingress", Ingress.class);

  /**
   * fabric8's model classes keep unknown fields in {@code additionalProperties} (a Jackson any
   * setter); without it, and without scalar coercion, a misspelt or mistyped field fails.
   */
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .annotationIntrospector(
              new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                  return Boolean.FALSE;
                }

                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(
                    MapperConfig<?> config, Annotated annotated) {
                  return JsonIgnoreProperties.Value.empty();
                }
              })
          .build();

  static {
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      STRICT.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
  }

  private final Map<String, JsonSchema> customResources;

  private KubernetesSchemas(Map<String, JsonSchema> customResources) {
    this.customResources = customResources;
  }

  /** The built-in kinds, and the custom resources of every CRD file in the directory. */
  static KubernetesSchemas withCrds(Path directory) {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    Map<String, JsonSchema> schemas = new HashMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().toList()) {
        for (Manifest crd : Manifest.read(file)) {
          String group = crd.spec().path("group").asText();
          String kind = crd.spec().path("names").path("kind").asText();
          for (JsonNode version : crd.spec().path("versions")) {
            ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
            // every object has these, whether or not its CRD's schema says so
            ObjectNode properties = schema.withObject("/properties");
            properties.putObject("apiVersion").put("type", "string");
            properties.putObject("kind").put("type", "string");
            properties.putObject("metadata").put("type", "object");
            schemas.put(
                group + "/" + version.path("name").asText() + " " + kind,
                factory.getSchema(refusingUnknownFields(schema), config));
          }
        }
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return new KubernetesSchemas(schemas);
  }

  /** What is wrong with the manifest as an object of its kind; empty when nothing is. */
  List<String> problems(Manifest manifest) {
    String type = manifest.apiVersion() + " " + manifest.kind();
    List<String> problems = new ArrayList<>();
    Class<?> model = BUILT_IN.get(type);
    JsonSchema schema = customResources.get(type);
    if (model != null) {
      problems.addAll(modelProblems(manifest.json(), model));
    } else if (schema != null) {
      schema.validate(manifest.json()).forEach(violation -> problems.add(violation.getMessage()));
      problems.addAll(modelProblems(manifest.json().path("metadata"), ObjectMeta.class));
    } else {
      problems.add("no schema for " + type + ": not a kind these manifests may use");
    }
    if (manifest.name().isEmpty()) {
      problems.add("metadata.name is missing");
    }
    return problems.stream().map(problem -> manifest + ": " + problem).toList();
  }

  private static List<String> modelProblems(JsonNode json, Class<?> model) {
    try {
      STRICT.treeToValue(json, model);
      return List.of();
    } catch (IOException refused) {
      return List.of(refused.getMessage().lines().findFirst().orElse("") + " " + path(refused));
    }
  }

  private static String path(IOException refused) {
    return refused instanceof JsonMappingException mapping
        ? "at " + mapping.getPathReference()
        : "";
  }

  /**
   * A CRD's schema lets any field through unless it says otherwise, and the API server then drops
   * what it does not know: refuse unknown fields instead, except where the CRD keeps them.
   */
  static JsonNode refusingUnknownFields(JsonNode schema) {
    if (schema instanceof ObjectNode object) {
      if (object.has("properties")
          && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      object.path("properties").forEach(KubernetesSchemas::refusingUnknownFields);
      refusingUnknownFields(object.path("items"));
      refusingUnknownFields(object.path("additionalProperties"));
      for (String combination : List.of("allOf", "anyOf", "oneOf")) {
        object.path(combination).forEach(KubernetesSchemas::refusingUnknownFields);
      }
    } else if (schema instanceof ArrayNode array) {
      array.forEach(KubernetesSchemas::refusingUnknownFields);
    }
    return schema;
  }
}
