package org.openneighbourhood.deployment.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * HAPI FHIR's validator with FHIR R4 (from {@code hapi-fhir-validation-resources-r4}) and UK Core
 * 2.0.0, read from the files in {@code src/test/resources/uk-core}: nothing is downloaded. No
 * terminology server is reachable, so a code from a system the validator does not hold (SNOMED CT,
 * dm+d) is a warning, not an error; {@code docs/fhir.md} lists the warnings that leaves.
 */
final class UkCore {

  private static FhirValidator validator;

  private UkCore() {}

  /** Every warning seen, without its location, for docs/fhir.md's list of known warnings. */
  private static final java.util.SortedSet<String> WARNINGS = new java.util.TreeSet<>();

  /** Fails unless the resource validates against UK Core 2.0.0 with no error. */
  static void assertValid(JsonNode resource) {
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    assertEquals(List.of(), errors(json), resource.path("resourceType").asText() + " " + resource);
  }

  /** The messages of error severity (or worse) for one resource, written as JSON. */
  static synchronized List<String> errors(String json) {
    List<SingleValidationMessage> messages = messages(json);
    messages.stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
        .forEach(m -> WARNINGS.add(m.getMessage()));
    return messages.stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(UkCore::describe)
        .toList();
  }

  /** Writes the warnings seen so far to {@code target/fhir-validation-warnings.txt}. */
  static synchronized void writeWarnings() {
    try {
      Files.write(Path.of("target", "fhir-validation-warnings.txt"), WARNINGS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every message (warnings and information too), for the docs' list of known warnings. */
  static synchronized List<SingleValidationMessage> messages(String json) {
    return validator().validateWithResult(json).getMessages();
  }

  static String describe(SingleValidationMessage message) {
    return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
  }

  private static FhirValidator validator() {
    if (validator == null) {
      FhirContext fhir = FhirContext.forR4Cached();
      PrePopulatedValidationSupport ukCore = new PrePopulatedValidationSupport(fhir);
      for (IBaseResource resource : ukCoreResources(fhir)) {
        if (resource instanceof StructureDefinition definition) {
          ukCore.addStructureDefinition(definition);
        } else if (resource instanceof ValueSet valueSet) {
          ukCore.addValueSet(valueSet);
        } else if (resource instanceof CodeSystem codeSystem) {
          ukCore.addCodeSystem(codeSystem);
        }
      }
      UnknownCodeSystemWarningValidationSupport unknownSystems =
          new UnknownCodeSystemWarningValidationSupport(fhir);
      unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
      ValidationSupportChain chain =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(fhir),
              ukCore,
              new CommonCodeSystemsTerminologyService(fhir),
              new InMemoryTerminologyServerValidationSupport(fhir),
              new SnapshotGeneratingValidationSupport(fhir),
              unknownSystems);
      FhirInstanceValidator module = new FhirInstanceValidator(chain);
      module.setAnyExtensionsAllowed(false);
      validator = fhir.newValidator().registerValidatorModule(module);
    }
    return validator;
  }

  private static List<IBaseResource> ukCoreResources(FhirContext fhir) {
    URL root = UkCore.class.getResource("/uk-core");
    if (root == null) {
      throw new IllegalStateException("src/test/resources/uk-core is missing");
    }
    try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
      return files
          .filter(file -> file.toString().endsWith(".xml"))
          .sorted()
          .map(file -> parse(fhir, file))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IBaseResource parse(FhirContext fhir, Path file) {
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return fhir.newXmlParser().parseResource(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
