package org.openneighbourhood.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostcodesTest {

  @Test
  void acceptsPostcodesTypedAnyWay() {
    assertTrue(Postcodes.problem("LS1 4AP").isEmpty());
    assertTrue(Postcodes.problem("ls14ap").isEmpty());
    assertTrue(Postcodes.problem(" ec1a 1bb ").isEmpty());
  }

  @Test
  void saysWhatIsWrongWithoutRepeatingIt() {
    assertEquals(Optional.of("Enter a postcode"), Postcodes.problem(" "));
    assertEquals(Optional.of("Enter a real postcode, like LS1 4AP"), Postcodes.problem("ZZ9"));
    assertEquals(Optional.of("Enter a real postcode, like LS1 4AP"), Postcodes.problem("12345"));
  }
}
