package org.openneighbourhood.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedTest {

  @Test
  void anythingButAPageNumberIsTheFirstPage() {
    assertEquals(1, Paged.pageNumber(null));
    assertEquals(1, Paged.pageNumber("zero"));
    assertEquals(1, Paged.pageNumber("0"));
    assertEquals(1, Paged.pageNumber("-2"));
    assertEquals(3, Paged.pageNumber(" 3 "));
  }

  @Test
  void aPositionIsReadFromItsLinkAndAnythingElseIsIgnored() {
    URI next = URI.create("http://api/referrals/inbox?size=25&page=2&after=MH4xMjM0fg");
    assertEquals("MH4xMjM0fg", Paged.position(next, "after"));
    assertNull(Paged.position(next, "before"));
    assertNull(Paged.position(null, "after"));
    assertNull(
        Paged.position(URI.create("http://api/x?after=%3Cscript%3E"), "after"),
        "only what the API writes");
  }

  @Test
  void aCappedCountSaysSoAndNamesNoLastPage() {
    Paged<String> capped = new Paged<>(List.of("a"), 1000, 2, 25, true, true, true, "n", "p");
    assertEquals("1,000+", capped.getTotalLabel());
    assertEquals("", capped.getOfPages());
    Paged<String> exact = new Paged<>(List.of("a"), 51, 2, 25, true, true, false, "n", "p");
    assertEquals("51", exact.getTotalLabel());
    assertEquals(" of 3", exact.getOfPages());
  }
}
