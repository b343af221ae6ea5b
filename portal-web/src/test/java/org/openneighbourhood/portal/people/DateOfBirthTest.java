package org.openneighbourhood.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateOfBirthTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  private static String problem(String day, String month, String year) {
    DateOfBirth dob = DateOfBirth.parse(day, month, year, TODAY);
    assertFalse(dob.isValid());
    return dob.problem();
  }

  @Test
  void readsARealDateInThePast() {
    DateOfBirth dob = DateOfBirth.parse("12", "4", "1958", TODAY);
    assertTrue(dob.isValid());
    assertEquals(LocalDate.of(1958, 4, 12), dob.date());
  }

  @Test
  void acceptsLeadingZerosAndSpaces() {
    assertEquals(LocalDate.of(1971, 9, 3), DateOfBirth.parse(" 03", "09 ", "1971", TODAY).date());
  }

  @Test
  void asksForTheDateWhenAllBoxesAreEmpty() {
    assertEquals("Enter their date of birth", problem("", " ", null));
  }

  @Test
  void namesTheMissingParts() {
    assertEquals("Date of birth must include a day", problem("", "4", "1958"));
    assertEquals("Date of birth must include a month and year", problem("12", "", ""));
  }

  @Test
  void refusesDatesThatDoNotExist() {
    assertEquals("Date of birth must be a real date", problem("31", "2", "1990"));
    assertEquals("Date of birth must be a real date", problem("1", "13", "1990"));
    assertEquals("Date of birth must be a real date", problem("one", "2", "1990"));
  }

  @Test
  void wantsAFourDigitYear() {
    assertEquals("Year must include 4 numbers", problem("1", "2", "58"));
  }

  @Test
  void refusesFutureDatesButAcceptsToday() {
    assertEquals("Date of birth must be in the past", problem("2", "6", "2025"));
    assertTrue(DateOfBirth.parse("1", "6", "2025", TODAY).isValid());
  }

  @Test
  void refusesDatesBefore1900() {
    assertEquals("Date of birth must be after 1900", problem("31", "12", "1899"));
  }
}
