package org.openneighbourhood.api.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.directory.control.PostcodeImport.Columns;
import org.openneighbourhood.api.directory.control.PostcodeImport.Row;

class PostcodeImportTest {

  private final Columns columns = Columns.of("\uFEFF\"pcd\",\"pcds\",\"lat\",\"long\"");

  @Test
  void columnsAreFoundByName() {
    assertEquals(new Columns(1, 2, 3), columns);
    assertThrows(IllegalArgumentException.class, () -> Columns.of("pcds,lat"));
  }

  @Test
  void aRowIsItsPostcodeInItsWrittenFormAndItsPosition() {
    Row row = columns.read("\"NG15AB\",\"ng1 5ab\",52.95,-1.15");
    assertEquals("NG1 5AB", row.postcode().orElseThrow().value());
    assertEquals(52.95, row.latitude());
    assertEquals(-1.15, row.longitude());
  }

  @ParameterizedTest
  @ValueSource(strings = {"99.999999,0.0", "NaN,-1.15", "52.95,NaN", "91,0", "52.95,-181", ","})
  void aRowWithoutAPositionOnTheEarthIsAPostcodeWithout(String position) {
    Row row = columns.read("\"NG15AB\",\"NG1 5AB\"," + position);
    assertEquals("NG1 5AB", row.postcode().orElseThrow().value());
    assertNull(row.latitude());
    assertNull(row.longitude());
  }
}
