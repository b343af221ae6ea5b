package org.openneighbourhood.api.fhir.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An answer reaches the container once, whole and with its length, however often it is flushed. */
class WholeAnswerTest {

  /** The container's response: what reached it, and how many writes that took. */
  private static final class Container {
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    int writes;
    Integer length;
    boolean committed;

    HttpServletResponse response() {
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              writes++;
              received.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int count) {
              writes++;
              received.write(bytes, offset, count);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              HttpServletResponse.class.getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, arguments) ->
                  switch (method.getName()) {
                    case "getOutputStream" -> out;
                    case "getCharacterEncoding" -> "UTF-8";
                    case "isCommitted" -> committed;
                    case "setContentLength" -> {
                      length = (Integer) arguments[0];
                      yield null;
                    }
                    default -> null;
                  });
    }
  }

  @Test
  void flushesStayInMemoryAndTheAnswerGoesOnceWithItsLength() throws Exception {
    Container container = new Container();
    WholeAnswer answer = new WholeAnswer(container.response());
    PrintWriter writer = answer.getWriter();
    for (String part : new String[] {"{\"resourceType\":", "\"Bundle\",", "\"total\":\"é\"}"}) {
      writer.write(part);
      writer.flush();
      answer.flushBuffer();
    }
    assertEquals(0, container.writes, "nothing reached the container before the answer was whole");
    answer.send();
    byte[] whole = "{\"resourceType\":\"Bundle\",\"total\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals(new String(whole, StandardCharsets.UTF_8), container.received.toString("UTF-8"));
    assertEquals(1, container.writes);
    assertEquals(whole.length, container.length);
  }

  @Test
  void bytesWrittenToTheStreamAreSentTheSameWay() throws Exception {
    Container container = new Container();
    WholeAnswer answer = new WholeAnswer(container.response());
    answer.getOutputStream().write(new byte[] {1, 2, 3});
    answer.send();
    assertEquals(3, container.length);
    assertEquals(1, container.writes);
  }

  @Test
  void anAnswerSentOtherwiseIsLeftAlone() throws Exception {
    Container container = new Container();
    WholeAnswer answer = new WholeAnswer(container.response());
    answer.getWriter().write("late");
    container.committed = true; // an error sent straight to the container
    answer.send();
    assertEquals(0, container.writes);
  }

  @Test
  void aWriterAndAStreamAreNotBothGiven() {
    WholeAnswer answer = new WholeAnswer(new Container().response());
    answer.getWriter();
    assertThrows(IllegalStateException.class, answer::getOutputStream);
  }
}
