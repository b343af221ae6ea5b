package org.openneighbourhood.api.person.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.organisation.entity.Sector;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class SafeguardingNotesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final Organisation surgery =
      new Organisation(
          UUID.randomUUID(),
          "riverside-surgery",
          "Riverside Surgery",
          Sector.GP_PRACTICE,
          "Y90001",
          null,
          null);
  private final Person pat =
      new Person(
          UUID.randomUUID(),
          NhsNumber.parse("9990000018"),
          "Pat",
          "Example",
          LocalDate.of(1958, 4, 12),
          LocalDate.of(2025, 1, 1));

  @Test
  void aNoteIsKeptAsWrittenWithWhoWhereAndWhen() {
    pat.addSafeguardingNote("  First concern.\nSecond line.  ", "Gary Green", surgery, NOW);
    pat.addSafeguardingNote("Later concern", "Sam Social", surgery, NOW.plusSeconds(60));
    List<SafeguardingNote> notes = pat.safeguardingNotes();
    assertEquals(2, notes.size());
    assertEquals("First concern.\nSecond line.", notes.get(0).text());
    assertEquals("Gary Green", notes.get(0).writtenBy());
    assertEquals("Riverside Surgery", notes.get(0).organisationName());
    assertEquals(surgery.id(), notes.get(0).organisationId());
    assertEquals(NOW, notes.get(0).writtenAt());
    assertEquals("Later concern", notes.get(1).text());
  }

  @Test
  void anEmptyOrOverlongNoteIsRefusedByFieldWithoutRepeatingIt() {
    for (String text : List.of("", "   ", "Secret " + "x".repeat(4000))) {
      var refused =
          assertThrows(
              InvalidInputException.class,
              () -> pat.addSafeguardingNote(text, "Gary Green", surgery, NOW));
      assertEquals("text", refused.fieldProblems().get(0).field());
      assertFalse(refused.getMessage().contains("Secret"));
    }
    assertEquals(List.of(), pat.safeguardingNotes(), "nothing added");
  }

  @Test
  void aNoteNeverPrintsItsText() {
    SafeguardingNote note = pat.addSafeguardingNote("Secret text", "Gary Green", surgery, NOW);
    assertFalse(note.toString().contains("Secret"));
  }
}
