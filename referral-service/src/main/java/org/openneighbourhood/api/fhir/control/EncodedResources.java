package org.openneighbourhood.api.fhir.control;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resources encoded once. A resource built from one value alone, a record of everything it shows,
 * is marked with that value ({@link #builtFrom}). The first page of search results that shows it is
 * written by HAPI as always, and the resource's JSON is kept from what HAPI wrote, under the value.
 * A later page whose every resource is kept is written from them: HAPI encodes the page without its
 * resources, and each resource's JSON goes into its entry where HAPI had it. The page is byte for
 * byte what HAPI writes (EncodedResourcesTest). For a GP system reading back its referrals,
 * encoding was over two fifths of a search's CPU (deployment/BENCHMARK.md).
 *
 * <p>Nothing kept can be stale: the key is everything the resource shows, not its id or version (a
 * person's new name changes their referrals' subject, not the referrals' versions), so a change is
 * another key, and what was kept for the old one is never asked for again; it leaves when the least
 * recently used. The server's base is part of the key too, as HAPI writes a reference to its own
 * base as a relative one. Each instance keeps its own.
 */
public class EncodedResources {

  /**
   * About 1.5 KB each, JSON and key together: some 25 MB of the heap at most, for the referrals
   * partner systems read most.
   */
  public static final int KEPT = 16_384;

  private static final String SOURCE = EncodedResources.class.getName() + ".source";
  private static final JsonFactory JSON = new JsonFactory();

  /** The entry's elements that come after its resource, in the order FHIR gives them. */
  private static final Set<String> AFTER_RESOURCE = Set.of("search", "request", "response");

  private record Key(String serverBase, Record source) {}

  private final Map<Key, String> kept;

  public EncodedResources(int capacity) {
    this.kept =
        new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * Marks {@code resource} as built from {@code source} alone: every element it has is drawn from
   * that value, so two resources marked with equal values encode alike.
   */
  public static <T extends IBaseResource> T builtFrom(T resource, Record source) {
    resource.setUserData(SOURCE, source);
    return resource;
  }

  /**
   * A page of search results as {@code parser} writes it; empty, for HAPI to write it, when a
   * resource on it was not marked or an entry has no full URL (an entry with nothing but its
   * resource would leave nothing to put it in). When every resource's JSON is kept, the page is
   * written from it; otherwise HAPI writes the whole page, as it would have, and each resource's
   * JSON is kept from what it wrote. The parser is a JSON one, set up by the server for a request
   * answered at {@code serverBase} with nothing left out, summarised or pretty: what is kept must
   * be what it writes.
   */
  public Optional<String> page(Bundle page, IParser parser, String serverBase) {
    List<Bundle.BundleEntryComponent> entries = page.getEntry();
    List<Key> keys = new ArrayList<>(entries.size());
    for (Bundle.BundleEntryComponent entry : entries) {
      Object source = entry.hasResource() ? entry.getResource().getUserData(SOURCE) : null;
      if (!(source instanceof Record marked) || !entry.hasFullUrl()) {
        return Optional.empty();
      }
      keys.add(new Key(serverBase, marked));
    }
    List<String> resources = new ArrayList<>(keys.size());
    synchronized (kept) {
      for (Key key : keys) {
        resources.add(kept.get(key));
      }
    }
    if (resources.contains(null)) {
      String whole = parser.encodeResourceToString(page);
      List<Slot> slots = slots(whole);
      if (slots.size() != keys.size()) {
        throw new IllegalStateException("HAPI wrote " + slots.size() + " of " + keys.size());
      }
      synchronized (kept) {
        for (int i = 0; i < keys.size(); i++) {
          kept.put(keys.get(i), whole.substring(slots.get(i).from(), slots.get(i).to()));
        }
      }
      return Optional.of(whole);
    }
    List<Resource> held = new ArrayList<>(entries.size());
    String envelope;
    try {
      entries.forEach(entry -> held.add(entry.getResource()));
      entries.forEach(entry -> entry.setResource(null));
      envelope = parser.encodeResourceToString(page);
    } finally {
      for (int i = 0; i < held.size(); i++) {
        entries.get(i).setResource(held.get(i));
      }
    }
    StringBuilder written =
        new StringBuilder(envelope.length() + resources.stream().mapToInt(String::length).sum());
    int copied = 0;
    List<Slot> slots = slots(envelope);
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      written.append(envelope, copied, slot.from()).append(slot.before());
      written.append(resources.get(i)).append(slot.after());
      copied = slot.to();
    }
    return Optional.of(written.append(envelope, copied, envelope.length()).toString());
  }

  /**
   * Where an entry's resource is in a page's JSON ({@code from} to {@code to}), or where it would
   * go, with what must come before and after it there: before the first of the entry's elements
   * that follow it in FHIR's order, or at the entry's end.
   */
  private record Slot(int from, int to, String before, String after) {}

  /** Each entry's slot, in order: one for every entry, as HAPI writes none empty. */
  private static List<Slot> slots(String page) {
    List<Slot> slots = new ArrayList<>();
    try (JsonParser tokens = JSON.createParser(page)) {
      int depth = 0;
      boolean inEntries = false;
      boolean found = true;
      for (JsonToken token = tokens.nextToken(); token != null; token = tokens.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
          if (inEntries && depth == 3 && token == JsonToken.START_OBJECT) {
            found = false;
          }
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          if (inEntries && depth == 3 && !found) {
            int at = offset(tokens);
            slots.add(new Slot(at, at, ",\"resource\":", ""));
            found = true;
          }
          inEntries = inEntries && depth != 2;
          depth--;
        } else if (token == JsonToken.FIELD_NAME && depth == 1) {
          inEntries = "entry".equals(tokens.currentName());
        } else if (token == JsonToken.FIELD_NAME && inEntries && depth == 3 && !found) {
          if ("resource".equals(tokens.currentName())) {
            tokens.nextToken();
            int from = offset(tokens);
            tokens.skipChildren();
            slots.add(new Slot(from, offset(tokens) + 1, "", ""));
            found = true;
          } else if (AFTER_RESOURCE.contains(tokens.currentName())) {
            int at = offset(tokens);
            slots.add(new Slot(at, at, "\"resource\":", ","));
            found = true;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("HAPI wrote a page that is not JSON", e);
    }
    return slots;
  }

  /** Where the current token starts. */
  private static int offset(JsonParser tokens) {
    return (int) tokens.currentTokenLocation().getCharOffset();
  }
}
