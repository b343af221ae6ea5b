package org.openneighbourhood.api.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openneighbourhood.api.directory.control.DeprivationImport.Columns;
import org.openneighbourhood.api.directory.control.DeprivationImport.Decile;

class DeprivationImportTest {

  /** The header of the 2019 edition's file 1, as the Ministry publishes it. */
  private static final String FILE_1 =
      "\uFEFFLSOA code (2011),LSOA name (2011),Local Authority District code (2019),"
          + "Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,"
          + "Index of Multiple Deprivation (IMD) Decile";

  @Test
  void columnsAreFoundByTheStartOfTheirNameInEitherEdition() {
    assertEquals(new Columns(0, 5), Columns.of(FILE_1));
    assertEquals(
        new Columns(1, 3),
        Columns.of(
            "\"LSOA name (2021)\",\"LSOA code (2021)\",\"Index of Multiple Deprivation (IMD)"
                + " Rank (where 1 is most deprived)\",\"Index of Multiple Deprivation (IMD) Decile"
                + " (where 1 is most deprived 10% of LSOAs)\""));
    assertThrows(IllegalArgumentException.class, () -> Columns.of("LSOA code (2011),IMD Rank"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Columns.of("Index of Multiple Deprivation (IMD) Decile"));
  }

  @Test
  void aRowIsItsAreaAndItsDecile() {
    Columns columns = Columns.of(FILE_1);
    assertEquals(
        new Decile("E01000001", 9),
        columns.read("e01000001,City of London 001A,E09000001,City of London,29199,9"));
    assertEquals(
        new Decile("E01000005", 1),
        columns.read("\"E01000005\",\"City of London 001E\",\"E09000001\",\"London\",\" 1 \",1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "E01000001,a,b,c,1,0",
        "E01000001,a,b,c,1,11",
        "E01000001,a,b,c,1,ten",
        "E01000001,a,b,c,1,",
        "E0100000,a,b,c,1,3",
        "not an area,a,b,c,1,3",
        "E01000001,a"
      })
  void aRowWhoseAreaOrDecileIsNotOneIsRejected(String line) {
    assertNull(Columns.of(FILE_1).read(line));
  }
}
