package org.openneighbourhood.api.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An in list's text takes one form per power of two, and every parameter in it is bound. */
class InListTest {

  @Test
  void oneValueIsOneParameter() {
    assertEquals("(:id0)", InList.of("id", List.of("a")).toString());
  }

  @Test
  void aListIsPaddedToThePowerOfTwoAboveItWithItsLastValue() {
    InList three = InList.of("id", List.of("a", "b", "c"));
    assertEquals("(:id0, :id1, :id2, :id3)", three.toString());
    Map<String, Object> bound = new LinkedHashMap<>();
    three.into(bound);
    assertEquals(Map.of("id0", "a", "id1", "b", "id2", "c", "id3", "c"), bound);
  }

  @Test
  void listsOfTheSameFormHaveTheSameText() {
    assertEquals(
        InList.of("s", List.of(1, 2, 3, 4, 5)).toString(),
        InList.of("s", List.of(1, 2, 3, 4, 5, 6, 7, 8)).toString());
    assertEquals(
        "(:s0, :s1, :s2, :s3)", InList.of("s", List.of(1, 2, 3, 4)).toString(), "4 is not padded");
  }

  @Test
  void everyParameterOfTheTextIsBoundToTheQuery() {
    Map<String, Object> bound = new LinkedHashMap<>();
    Query query =
        (Query)
            Proxy.newProxyInstance(
                Query.class.getClassLoader(),
                new Class<?>[] {Query.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("setParameter")) {
                    bound.put((String) arguments[0], arguments[1]);
                  }
                  return proxy;
                });
    InList five = InList.of("p", List.of(1, 2, 3, 4, 5));
    assertSame(query, five.bind(query));
    assertEquals(
        Map.of("p0", 1, "p1", 2, "p2", 3, "p3", 4, "p4", 5, "p5", 5, "p6", 5, "p7", 5), bound);
  }

  @Test
  void anEmptyListIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> InList.of("id", List.of()));
  }
}
