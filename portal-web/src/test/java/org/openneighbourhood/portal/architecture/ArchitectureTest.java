package org.openneighbourhood.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The portal speaks to the API over HTTP only: it uses none of referral-service's classes. */
class ArchitectureTest {

  @Test
  void thePortalUsesNoneOfTheApisCode() {
    noClasses()
        .that()
        .resideInAPackage("org.openneighbourhood.portal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.openneighbourhood.api..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openneighbourhood.portal"));
  }
}
