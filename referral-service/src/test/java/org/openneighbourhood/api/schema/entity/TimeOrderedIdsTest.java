package org.openneighbourhood.api.schema.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  @Test
  void anIdIsAVersion7UuidThatStartsWithItsMillisecond() {
    long millis = 1_796_353_418_123L;
    UUID id = TimeOrderedIds.at(millis);
    assertEquals(7, id.version());
    assertEquals(2, id.variant());
    assertEquals(millis, id.getMostSignificantBits() >>> 16);
  }

  @Test
  void laterIdsSortAfterEarlierOnesAsPostgresqlComparesThem() {
    UUID earlier = TimeOrderedIds.at(1_796_353_418_123L);
    UUID later = TimeOrderedIds.at(1_796_353_418_124L);
    // PostgreSQL orders uuids by their bytes, unsigned: the hex text orders the same way.
    assertTrue(earlier.toString().compareTo(later.toString()) < 0);
  }

  @Test
  void idsOfTheSameMillisecondDiffer() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      ids.add(TimeOrderedIds.at(1_796_353_418_123L));
    }
    assertEquals(10_000, ids.size());
  }
}
