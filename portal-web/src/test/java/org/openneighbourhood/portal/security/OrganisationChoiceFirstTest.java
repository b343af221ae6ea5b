package org.openneighbourhood.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationChoiceFirstTest {

  @Test
  void goesOnToAPageOfThePortalWithItsQuery() {
    assertEquals(
        Optional.of("/inbox/index.xhtml"), OrganisationChoiceFirst.next("/inbox/index.xhtml"));
    String plan = "/plans/plan.xhtml?person=0f8fad5b-d9cb-469f-a165-70867728950e";
    assertEquals(Optional.of(plan), OrganisationChoiceFirst.next(plan));
  }

  @Test
  void goesNowhereElse() {
    for (String elsewhere :
        new String[] {
          null,
          "",
          "inbox/index.xhtml",
          "//evil/page.xhtml",
          "/people//evil.xhtml",
          "https://evil.example/page.xhtml",
          "/../secrets.xhtml",
          "/choose-organisation.xhtml",
          "/choose-organisation.xhtml?next=/inbox/index.xhtml",
          "/inbox/index.xhtml?q=<script>",
          "/inbox/index.xhtml\r\nSet-Cookie: a=b",
          "/static/app.js",
          "/\\evil.example/page.xhtml"
        }) {
      assertEquals(Optional.empty(), OrganisationChoiceFirst.next(elsewhere), elsewhere);
    }
  }
}
