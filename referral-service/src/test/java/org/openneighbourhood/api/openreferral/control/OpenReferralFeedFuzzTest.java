package org.openneighbourhood.api.openreferral.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.openneighbourhood.api.directory.entity.OpeningTime;
import org.openneighbourhood.api.directory.entity.Postcode;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.LocationRecord;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.ScheduleRecord;
import org.openneighbourhood.api.openreferral.control.OpenReferralFeed.ServiceRecord;

/**
 * Any file given to {@code ./directory import-oruk} is not JSON (a {@link JsonException}, which the
 * command reports) or a feed read record by record: what cannot be kept is a rejection with its
 * reason, never an exception that ends the import, and what is kept keeps the directory's rules.
 * Seeds: Open Referral UK's examples (licence in {@code /oruk/LICENSE}).
 */
class OpenReferralFeedFuzzTest {

  @FuzzTest
  void fileIsNotJsonOrAFeedOfRecordsKeptOrRejected(byte[] input) {
    JsonStructure json;
    try (JsonReader reader =
        Json.createReader(
            new InputStreamReader(
                new ByteArrayInputStream(input),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      json = reader.read();
    } catch (JsonException notJson) {
      return;
    }
    OpenReferralFeed feed = OpenReferralFeed.read(json);
    feed.rejections().forEach(rejected -> assertFalse(rejected.reason().isBlank()));
    for (ServiceRecord service : feed.services()) {
      assertNotNull(service.id());
      assertNotNull(service.organisationId());
      assertFalse(service.name().isBlank());
      if (service.minAge() != null && service.maxAge() != null) {
        assertTrue(service.minAge() <= service.maxAge(), "ages the right way round");
      }
      for (Integer age : new Integer[] {service.minAge(), service.maxAge()}) {
        assertTrue(age == null || (age >= 0 && age <= 150), "an age in years");
      }
      assertTrue(service.url() == null || service.url().matches("https?://\\S+"), service.url());
      for (ScheduleRecord schedule : service.schedules()) {
        // as the import writes it
        assertDoesNotThrow(
            () ->
                new OpeningTime(
                    schedule.id(),
                    schedule.days(),
                    schedule.opensAt(),
                    schedule.closesAt(),
                    schedule.description()));
      }
      service
          .costs()
          .forEach(cost -> assertTrue(cost.amount() == null || cost.amount().signum() >= 0));
      service.places().forEach(place -> location(place.location()));
    }
  }

  private static void location(LocationRecord location) {
    assertNotNull(location.id());
    assertEquals(2, location.country().length(), location.country());
    if (location.country().equals("GB") && location.postcode() != null) {
      assertEquals(
          Optional.of(location.postcode()),
          Postcode.parse(location.postcode()).map(Postcode::value),
          "a GB place's postcode in its written form");
    }
    assertTrue(location.postcode() == null || location.postcode().length() <= 8);
  }
}
