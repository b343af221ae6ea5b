package org.openneighbourhood.api.fhir.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.openneighbourhood.api.fhir.entity.Vocabulary;
import org.openneighbourhood.api.person.entity.EthnicCategory;

/**
 * A person's ethnic category as UK Core codes it: the NHS Data Dictionary's letter in the code
 * system {@code UKCore-EthnicCategoryEngland} (one of the two the value set {@code
 * UKCore-EthnicCategory}, bound by {@code Extension-UKCore-EthnicCategory}, includes), with that
 * code system's display. The displays are read once from the code system's own file in the war (UK
 * Core 2.0.0's, copied unchanged into {@code fhir/uk-core}), so they are UK Core's words rather
 * than a second copy typed here that could drift; the portal's own labels ("White British") stay
 * the portal's. A category the file does not hold is a fault of the build, refused at first use.
 */
public final class EthnicCategoryCodes {

  private static final String FILE =
      "/fhir/uk-core/codesystems/CodeSystem-UKCore-EthnicCategoryEngland.xml";

  private EthnicCategoryCodes() {}

  /** The extension's value: one coding, the category's code and UK Core's display. */
  public static CodeableConcept of(EthnicCategory category) {
    String display = Displays.BY_CODE.get(category.code());
    if (display == null) {
      throw new IllegalStateException(
          "UK Core's ethnic category code system has no code " + category.code());
    }
    return new CodeableConcept(
        new Coding(Vocabulary.ETHNIC_CATEGORY_ENGLAND, category.code(), display));
  }

  /** Read when first needed (the first Patient with a category), then kept. */
  private static final class Displays {

    static final Map<String, String> BY_CODE = read();

    private static Map<String, String> read() {
      InputStream in = EthnicCategoryCodes.class.getResourceAsStream(FILE);
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the build");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        CodeSystem codes = Fhir.context().newXmlParser().parseResource(CodeSystem.class, reader);
        if (!Vocabulary.ETHNIC_CATEGORY_ENGLAND.equals(codes.getUrl())) {
          throw new IllegalStateException(FILE + " is not " + Vocabulary.ETHNIC_CATEGORY_ENGLAND);
        }
        Map<String, String> displays = new HashMap<>();
        codes.getConcept().forEach(c -> displays.put(c.getCode(), c.getDisplay()));
        return Map.copyOf(displays);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
