package org.openneighbourhood.api.directory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PositionTest {

  @Test
  void distanceIsTheGreatCircleInKilometres() {
    Position nottingham = new Position(52.9548, -1.1581);
    Position london = new Position(51.5074, -0.1278);
    // about 176 km as the crow flies
    assertEquals(175.6, nottingham.kilometresTo(london), 0.5);
    assertEquals(0, nottingham.kilometresTo(nottingham), 1e-9);
    assertEquals(nottingham.kilometresTo(london), london.kilometresTo(nottingham), 1e-9);
  }

  @Test
  void aDegreeOfLatitudeIsAbout111Kilometres() {
    assertEquals(111.2, new Position(52, -1).kilometresTo(new Position(53, -1)), 0.1);
  }

  @Test
  void onlyPlacesOnTheEarth() {
    assertThrows(IllegalArgumentException.class, () -> new Position(99.999999, 0));
    assertThrows(IllegalArgumentException.class, () -> new Position(52, 181));
    assertThrows(IllegalArgumentException.class, () -> new Position(Double.NaN, 0));
  }
}
