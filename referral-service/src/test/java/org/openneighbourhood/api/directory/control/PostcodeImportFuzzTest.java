package org.openneighbourhood.api.directory.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.openneighbourhood.api.directory.control.PostcodeImport.Columns;
import org.openneighbourhood.api.directory.control.PostcodeImport.Row;
import org.openneighbourhood.api.directory.entity.Position;

/**
 * Any file given as the ONS Postcode Directory CSV is refused for its header (an {@link
 * IllegalArgumentException} that says which column is missing) or read line by line, each line a
 * postcode with a position on the earth, a postcode without one, or no postcode: never another
 * exception.
 */
class PostcodeImportFuzzTest {

  @FuzzTest
  void fileIsReadRowByRowOrRefusedForItsHeader(byte[] input) throws IOException {
    BufferedReader csv =
        new BufferedReader(new StringReader(new String(input, StandardCharsets.UTF_8)));
    String header = csv.readLine();
    if (header == null) {
      return;
    }
    Columns columns;
    try {
      columns = Columns.of(header);
    } catch (IllegalArgumentException notOnspd) {
      return;
    }
    for (String line = csv.readLine(); line != null; line = csv.readLine()) {
      Row row = columns.read(line);
      if (row.postcode().isEmpty() || row.latitude() == null) {
        assertNull(row.latitude());
        assertNull(row.longitude());
        continue;
      }
      assertDoesNotThrow(
          () -> new Position(row.latitude(), row.longitude()), "a position on the earth");
      assertNotEquals(99.999999, row.latitude(), 1e-7, "ONSPD's mark for no grid reference");
    }
  }
}
