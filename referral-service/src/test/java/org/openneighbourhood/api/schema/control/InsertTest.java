package org.openneighbourhood.api.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InsertTest {

  private static final UUID ID = UUID.fromString("0190a8e4-0000-7000-8000-000000000001");
  private static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");

  @Test
  void aRowCastsEachValueToItsColumnsTypeSoANullNeedsNoTypeOfItsOwn() {
    Insert insert =
        Insert.row(
            "referral",
            new Insert.Columns().uuid("id", ID).time("sent_at", null).bool("self_referral", true));
    assertEquals(
        "insert into referral (id, sent_at, self_referral) values (cast(?1 as uuid),"
            + " cast(?2 as timestamptz), cast(?3 as boolean))",
        insert.sql());
    assertEquals(Arrays.asList(ID, null, true), insert.parameters());
  }

  @Test
  void rowsShareTheirColumnsAndTakeASuffix() {
    Insert insert =
        Insert.rows(
            "notification",
            List.of(
                new Insert.Columns().text("event_key", "a").time("created_at", AT),
                new Insert.Columns().text("event_key", "b").time("created_at", AT)),
            "on conflict (event_key) do nothing");
    assertEquals(
        "insert into notification (event_key, created_at) values (cast(?1 as text), cast(?2 as"
            + " timestamptz)), (cast(?3 as text), cast(?4 as timestamptz)) on conflict (event_key)"
            + " do nothing",
        insert.sql());
    assertEquals(List.of("a", AT, "b", AT), insert.parameters());
  }

  @Test
  void rowsThatNameDifferentColumnsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Insert.rows(
                "t",
                List.of(new Insert.Columns().text("a", "x"), new Insert.Columns().text("b", "y")),
                ""));
    assertThrows(
        IllegalArgumentException.class, () -> new Insert.Columns().text("a", "x").text("a", "y"));
    assertThrows(IllegalArgumentException.class, () -> Insert.rows("t", List.of(), ""));
  }

  @Test
  void statementsTogetherAreOneWithEachValueWhereItsParameterStands() {
    Insert first = Insert.row("referral", new Insert.Columns().uuid("id", ID));
    Insert second =
        Insert.row(
            "consent", new Insert.Columns().uuid("referral_id", ID).text("scope", "REFERRAL"));
    Insert third = new Insert("insert into audit_event (id) values (?1)", List.of("audit"));
    Insert.Jdbc together = Insert.jdbc(List.of(first, second, third));
    assertEquals(
        "with w1 as (insert into referral (id) values (cast(? as uuid))), w2 as (insert into"
            + " consent (referral_id, scope) values (cast(? as uuid), cast(? as text)))"
            + " insert into audit_event (id) values (?)",
        together.sql());
    assertEquals(List.of(ID, ID, "REFERRAL", "audit"), together.values());
  }

  @Test
  void oneStatementAloneIsItselfWithItsValuesInPlace() {
    Insert only = new Insert("insert into t (a, b, c) values (?2, ?1, ?2)", List.of(1, 2));
    Insert.Jdbc jdbc = Insert.jdbc(List.of(only));
    assertEquals("insert into t (a, b, c) values (?, ?, ?)", jdbc.sql());
    assertEquals(List.of(2, 1, 2), jdbc.values(), "a value named twice is bound twice");
  }

  @Test
  void parametersPastNineAreReadWhole() {
    Insert first = new Insert("insert into t (a) values (?1)", List.of(0));
    Insert second =
        new Insert("insert into u (a, b) values (?10, ?2)", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    Insert.Jdbc jdbc = Insert.jdbc(List.of(first, second));
    assertEquals(
        "with w1 as (insert into t (a) values (?)) insert into u (a, b) values (?, ?)", jdbc.sql());
    assertEquals(List.of(0, 10, 2), jdbc.values());
  }

  @Test
  void aParameterWithoutItsNumberIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Insert.jdbc(List.of(new Insert("insert into t (a) values (?)", List.of(1)))));
  }
}
