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
 * is marked with that value ({@link #builtFrom}). HAPI's JSON for it is kept under the value, and
 * each later page of search results that shows the same value is written from what was kept: HAPI
 * encodes the page without its resources, and each resource's JSON goes into its entry, where HAPI
 * would have written it. The page is byte for byte what HAPI writes (EncodedResourcesTest). For a
 * GP system reading back its referrals, encoding was over two fifths of a search's CPU
 * (deployment/BENCHMARK.md).
 *
 * <p>Nothing kept can be stale: the key is everything the resource shows, not its id or version (a
 * person's new name changes their referrals' subject, not the referrals' versions), so a change is
 * another key, and what was kept for the old one is never asked for again; it leaves when the least
 * recently used. The server's base is part of the key too, as HAPI writes a reference to its own
 * base as a relative one. Each instance keeps its own.
 */
public class EncodedResources {

  /** About 1.5 KB each, kept and key together: a few megabytes of the heap. */
  public static final int KEPT = 4096;

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
   * A page of search results as {@code parser} writes it, written from the resources' kept JSON;
   * empty, for HAPI to write it, when a resource on it was not marked or an entry has no full URL
   * (an entry with nothing but its resource would leave nothing to put it in). The parser is a JSON
   * one, set up by the server for a request answered at {@code serverBase} with nothing left out,
   * summarised or pretty: what is kept must be what it writes.
   */
  public Optional<String> page(Bundle page, IParser parser, String serverBase) {
    List<Bundle.BundleEntryComponent> entries = page.getEntry();
    List<Record> sources = new ArrayList<>(entries.size());
    for (Bundle.BundleEntryComponent entry : entries) {
      Object source = entry.hasResource() ? entry.getResource().getUserData(SOURCE) : null;
      if (!(source instanceof Record marked) || !entry.hasFullUrl()) {
        return Optional.empty();
      }
      sources.add(marked);
    }
    List<String> resources = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      resources.add(
          json(entries.get(i).getResource(), new Key(serverBase, sources.get(i)), parser));
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
    return Optional.of(withResources(envelope, resources));
  }

  private String json(Resource resource, Key key, IParser parser) {
    String json;
    synchronized (kept) {
      json = kept.get(key);
    }
    if (json == null) {
      json = parser.encodeResourceToString(resource);
      synchronized (kept) {
        kept.put(key, json);
      }
    }
    return json;
  }

  /**
   * The envelope with each entry's resource put in, before the first of the entry's elements that
   * follow it (or at the entry's end): the envelope's own characters are copied as they are.
   */
  private static String withResources(String envelope, List<String> resources) {
    StringBuilder page =
        new StringBuilder(envelope.length() + resources.stream().mapToInt(String::length).sum());
    int copied = 0;
    try (JsonParser tokens = JSON.createParser(envelope)) {
      int depth = 0;
      boolean inEntries = false;
      int entry = -1;
      boolean placed = true;
      for (JsonToken token = tokens.nextToken(); token != null; token = tokens.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
          if (inEntries && depth == 3 && token == JsonToken.START_OBJECT) {
            entry++;
            placed = false;
          }
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          if (inEntries && depth == 3 && !placed) {
            copied = copyTo(page, envelope, copied, tokens);
            page.append(",\"resource\":").append(resources.get(entry));
            placed = true;
          }
          if (depth == 2 && token == JsonToken.END_ARRAY) {
            inEntries = false;
          }
          depth--;
        } else if (token == JsonToken.FIELD_NAME) {
          if (depth == 1) {
            inEntries = "entry".equals(tokens.currentName());
          } else if (inEntries
              && depth == 3
              && !placed
              && AFTER_RESOURCE.contains(tokens.currentName())) {
            copied = copyTo(page, envelope, copied, tokens);
            page.append("\"resource\":").append(resources.get(entry)).append(',');
            placed = true;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("HAPI wrote a page that is not JSON", e);
    }
    if (copied < envelope.length()) {
      page.append(envelope, copied, envelope.length());
    }
    return page.toString();
  }

  /** Copies the envelope up to where the current token starts. */
  private static int copyTo(StringBuilder page, String envelope, int copied, JsonParser tokens) {
    int at = (int) tokens.currentTokenLocation().getCharOffset();
    page.append(envelope, copied, at);
    return at;
  }
}
