package org.openneighbourhood.api.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DurabilityTest {

  @Test
  void aServerThatFlushesEveryCommitIsSafe() {
    assertEquals(
        List.of(),
        Durability.unsafe(
            Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")));
    assertEquals(List.of(), Durability.unsafe(Map.of("synchronous_commit", "remote_apply")));
    assertEquals(List.of(), Durability.unsafe(Map.of("synchronous_commit", "local")));
  }

  @Test
  void eachSettingThatCanLoseACommitIsNamed() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("fsync", "off");
    settings.put("full_page_writes", "on");
    settings.put("synchronous_commit", "OFF");
    assertEquals(List.of("fsync=off", "synchronous_commit=OFF"), Durability.unsafe(settings));
  }
}
