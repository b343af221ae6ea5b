package org.openneighbourhood.api.application.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.referral.boundary.ReferralView;
import org.openneighbourhood.api.referral.boundary.ReferralsResource;
import org.openneighbourhood.api.staff.boundary.StaffMemberView;

class ApiDocumentTest {

  /** The document's bodies are written for every resource: a new one is not left to Payara. */
  @Test
  void everyResourceIsDescribed() {
    List<String> resources =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openneighbourhood.api")
                .stream()
                .filter(type -> type.isAnnotatedWith(Path.class) && !type.isInterface())
                .map(JavaClass::getName)
                .sorted()
                .toList();
    assertEquals(
        resources,
        ApiDocument.RESOURCES.stream()
            .map(Class::getName)
            .sorted(Comparator.naturalOrder())
            .toList());
  }

  @Test
  void aPathIsTheResourcesAndTheMethodsTogether() throws NoSuchMethodException {
    assertEquals(
        "/referrals/{id}/accept",
        ApiDocument.path(
            ReferralsResource.class,
            ReferralsResource.class.getMethod(
                "accept",
                java.util.UUID.class,
                String.class,
                org.openneighbourhood.api.referral.boundary.StatusUpdate.class)));
    assertEquals(
        "/referrals",
        ApiDocument.path(
            ReferralsResource.class,
            ReferralsResource.class.getMethod(
                "send",
                String.class,
                org.openneighbourhood.api.referral.boundary.NewReferral.class)));
  }

  @Test
  void anAnswerIsNamedInWords() {
    assertEquals("staff member", ApiDocument.thing(StaffMemberView.class));
    assertEquals("referrals", ApiDocument.plural(ApiDocument.thing(ReferralView.class)));
    assertEquals("caseload entries", ApiDocument.plural("caseload entry"));
    assertEquals("service matches", ApiDocument.plural("service match"));
  }
}
