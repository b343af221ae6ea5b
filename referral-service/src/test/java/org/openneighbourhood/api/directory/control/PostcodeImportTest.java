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
    assertEquals(new Columns(1, 2, 3, -1, -1), columns);
    assertEquals(new Columns(0, 1, 2, 4, 3), Columns.of("pcds,LAT,long,lsoa21,lsoa11"));
    assertThrows(IllegalArgumentException.class, () -> Columns.of("pcds,lat"));
  }

  @Test
  void aRowKeepsItsAreasWhereTheReleaseHasThemAndTheyAreCodes() {
    Columns withAreas = Columns.of("pcds,lat,long,lsoa11,lsoa21");
    Row row = withAreas.read("\"NG1 5AB\",52.95,-1.15,\"e01090003\",\"E01190003\"");
    assertEquals("E01090003", row.lsoa11());
    assertEquals("E01190003", row.lsoa21());
    Row odd = withAreas.read("NG1 5AB,52.95,-1.15,,not an area");
    assertNull(odd.lsoa11(), "none given");
    assertNull(odd.lsoa21(), "not a code");
    assertNull(columns.read("NG1 5AB,NG1 5AB,52.95,-1.15").lsoa11(), "no such column");
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
