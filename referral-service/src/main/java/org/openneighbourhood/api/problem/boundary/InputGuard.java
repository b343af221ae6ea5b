package org.openneighbourhood.api.problem.boundary;

import jakarta.annotation.Priority;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openneighbourhood.api.configuration.control.Setting;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.problem.entity.RequestTooLargeException;

/**
 * Refuses, before any resource reads it, text the database would refuse or store wrongly: a control
 * character (NUL and the like), half of a surrogate pair, or the replacement character U+FFFD
 * (bytes that were not UTF-8, decoded before they got here) in a query parameter or in any string
 * of a JSON body, a body that is not UTF-8, and content after the JSON value. Each is a 400 naming
 * the field (a body's field by its dotted path, as the other field errors name them), never a 500
 * from the database; so is JSON nested deeper than any request needs. A body over {@code
 * api.max-body-bytes} (1 MiB unless configured) is a 413, read no further than the limit.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class InputGuard implements ContainerRequestFilter {

  /**
   * Found once: {@code Json.createParser} looks JSON-P's provider up again at every call, through
   * the class loaders (a cost per request that showed in the profile).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * How deep objects and arrays may nest: no request of this API needs more than a few levels, and
   * the JSON parser gives up past 1,000 with an error that is not a parse error.
   */
  static final int MOST_NESTING = 32;

  /** U+FFFD, the character decoders put in place of bytes that were not text. */
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';

  /** An object or array entered, on the path: anything but a key. */
  private static final Object CONTAINER = new Object();

  private volatile long maxBodyBytes;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters().entrySet()) {
      for (String value : parameter.getValue()) {
        refuseControlCharacters(parameter.getKey(), value, "this text");
      }
    }
    if (!request.hasEntity()) {
      return;
    }
    byte[] body = withinLimit(request.getLength(), request.getEntityStream(), maxBodyBytes());
    request.setEntityStream(new ByteArrayInputStream(body));
    if (request.getMediaType() != null
        && request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      check(body);
    }
  }

  /**
   * The whole body, when it is at most {@code limit} bytes: a declared length over it is refused
   * before reading, and an undeclared one (chunked) once a byte past the limit arrives.
   */
  public static byte[] withinLimit(long declaredLength, InputStream body, long limit)
      throws IOException {
    if (declaredLength > limit) {
      throw new RequestTooLargeException(limit);
    }
    byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (read.length > limit) {
      throw new RequestTooLargeException(limit);
    }
    return read;
  }

  private long maxBodyBytes() {
    if (maxBodyBytes == 0) {
      maxBodyBytes = Setting.MAX_BODY_BYTES.wholeNumber(ConfigProvider.getConfig());
    }
    return maxBodyBytes;
  }

  /**
   * Checks a JSON body; a body that is not JSON at all is left to the JSON reader's own error (the
   * FHIR API's guard uses it too).
   */
  public static void check(byte[] body) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidInputException("body", "Send the request as UTF-8 text");
    }
    // Where the parser is: a CONTAINER for each object or array entered, and in an object the key
    // being read. The field's name is written from it only when something is refused.
    Deque<Object> path = new ArrayDeque<>();
    int depth = 0;
    boolean started = false;
    try (JsonParser parser = JSON.createParser(new StringReader(text))) {
      while (parser.hasNext()) {
        if (started && depth == 0) {
          throw trailing();
        }
        JsonParser.Event event = parser.next();
        started = true;
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MOST_NESTING) {
              throw new InvalidInputException(
                  "body", "Send JSON nested at most " + MOST_NESTING + " levels deep");
            }
            path.push(CONTAINER);
          }
          case END_OBJECT, END_ARRAY -> {
            depth--;
            if (path.peek() instanceof String) {
              path.pop();
            }
            path.pop();
          }
          case KEY_NAME -> {
            if (path.peek() instanceof String) {
              path.pop();
            }
            String key = parser.getString();
            // A bad name is the object's problem: the name itself is never echoed as the field.
            if (firstRefused(key) >= 0) {
              throw refused(dotted(path), key, "this field's name");
            }
            path.push(key);
          }
          case VALUE_STRING -> {
            String value = parser.getString();
            if (firstRefused(value) >= 0) {
              throw refused(dotted(path), value, "this text");
            }
          }
          default -> {
            // numbers, booleans and null carry no text
          }
        }
      }
    } catch (JsonParsingException notJson) {
      if (started && depth == 0) {
        throw trailing();
      }
      // Otherwise the JSON reader answers this one with its own 400.
    }
  }

  private static InvalidInputException trailing() {
    return new InvalidInputException("body", "Send one JSON value and nothing after it");
  }

  /** The field's name as the other field errors write it: keys joined by dots, no indexes. */
  private static String dotted(Deque<Object> path) {
    StringBuilder field = new StringBuilder();
    path.descendingIterator()
        .forEachRemaining(
            part -> {
              if (part instanceof String key) {
                field
                    .append(field.length() == 0 ? "" : ".")
                    .append(key.isBlank() ? '"' + key + '"' : key);
              }
            });
    return field.length() == 0 ? "body" : field.toString();
  }

  /** Refuses a query parameter's value with a control character, naming the parameter. */
  public static void checkParameter(String name, String value) {
    refuseControlCharacters(name, value, "this text");
  }

  private static void refuseControlCharacters(String field, String value, String what) {
    if (firstRefused(value) >= 0) {
      throw refused(field, value, what);
    }
  }

  /**
   * Where the text first has a character the database would refuse or store wrongly: a control
   * character, the replacement character or half of a surrogate pair; -1 when it has none.
   */
  private static int firstRefused(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0x7f
          || c == REPLACEMENT_CHARACTER) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** The refusal of the text's first such character, naming the field. */
  private static InvalidInputException refused(String field, String value, String what) {
    char c = value.charAt(firstRefused(value));
    if (c == REPLACEMENT_CHARACTER) {
      // What a decoder leaves where bytes were not UTF-8 (a portal form post, for one, is
      // decoded before the portal sees it): the text was damaged on its way, not typed so.
      return new InvalidInputException(
          field,
          "Part of " + what + " could not be read: type it again without special characters");
    }
    if (Character.isSurrogate(c)) {
      // JSON may escape half of a character (\ud800) that UTF-8 cannot carry: the database driver
      // would store a question mark in its place.
      return new InvalidInputException(
          field, "Remove the broken character (half of an emoji or symbol) from " + what);
    }
    return new InvalidInputException(
        field, "Remove the control character (such as NUL) from " + what);
  }
}
