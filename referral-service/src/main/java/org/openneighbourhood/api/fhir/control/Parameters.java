package org.openneighbourhood.api.fhir.control;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openneighbourhood.api.referral.entity.ReferralStatus;

/**
 * Reads a FHIR search's parameters as sent, and refuses (400) what this server does not answer: a
 * parameter it does not know, a reference to the wrong type, an id that is not one of ours. HAPI
 * binds the declared parameters; this sees the whole query, which HAPI would otherwise let through
 * unread.
 */
public final class Parameters {

  /** What every search takes besides its own: paging and the answer's format. */
  private static final Set<String> GENERAL =
      Set.of("_count", "_offset", "_format", "_pretty", "_summary", "_elements");

  private static final Pattern REFERENCE = Pattern.compile("(?:(\\w+)/)?([0-9a-fA-F-]{36})");

  private final Map<String, String[]> asked;

  public Parameters(RequestDetails request) {
    this.asked = request.getParameters() == null ? Map.of() : request.getParameters();
  }

  /** Refuses any parameter that is not in {@code known} (names with their modifier). */
  public Parameters allowOnly(Set<String> known) {
    for (String name : asked.keySet()) {
      if (!known.contains(name) && !GENERAL.contains(name)) {
        throw new InvalidRequestException(
            "Unknown search parameter " + shown(name) + ": this search takes " + known);
      }
    }
    return this;
  }

  /**
   * The referral statuses a status parameter asks for: each code sent (with or without its system,
   * several as a list or the parameter repeated) read by {@code table} into the statuses it stands
   * for, all of them together; empty when the parameter is not sent. A code the table does not have
   * is refused (400), naming the {@code codes} it has. The resources' tables differ ({@code
   * ServiceRequest}'s and {@code Task}'s status), the reading of the parameter does not.
   */
  public Optional<Set<ReferralStatus>> statuses(
      String name, Function<String, Optional<Set<ReferralStatus>>> table, String codes) {
    return all(name)
        .map(
            sent -> {
              Set<ReferralStatus> statuses = EnumSet.noneOf(ReferralStatus.class);
              for (String code : sent) {
                String bare = code.substring(code.indexOf('|') + 1);
                statuses.addAll(
                    table
                        .apply(bare)
                        .orElseThrow(
                            () ->
                                new InvalidRequestException(
                                    "Search parameter " + name + " takes one of " + codes)));
              }
              return statuses;
            });
  }

  /** The one value of a parameter, if sent; a parameter sent twice is refused. */
  public Optional<String> single(String name) {
    String[] values = asked.get(name);
    if (values == null || values.length == 0) {
      return Optional.empty();
    }
    if (values.length > 1 || values[0].contains(",")) {
      throw new InvalidRequestException("Search parameter " + name + " takes one value");
    }
    return Optional.of(values[0]);
  }

  /** Every value of a parameter, commas (OR) and repeats (AND) alike. */
  public Optional<String[]> all(String name) {
    String[] values = asked.get(name);
    if (values == null || values.length == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(",", -1))).toArray(String[]::new));
  }

  /** A token parameter that takes {@code true} or {@code false}. */
  public Optional<Boolean> bool(String name) {
    return single(name)
        .map(
            value ->
                switch (value.trim()) {
                  case "true" -> Boolean.TRUE;
                  case "false" -> Boolean.FALSE;
                  default ->
                      throw new InvalidRequestException(
                          "Search parameter " + name + " takes true or false");
                });
  }

  /**
   * The id in a reference parameter ({@code Patient/<id>} or {@code <id>}), which must be to one of
   * {@code types}.
   */
  public Optional<UUID> reference(String name, String... types) {
    return single(name).map(value -> referenceId(name, value, Set.of(types)));
  }

  static UUID referenceId(String name, String value, Set<String> types) {
    var match = REFERENCE.matcher(value.trim());
    if (!match.matches() || (match.group(1) != null && !types.contains(match.group(1)))) {
      throw new InvalidRequestException(
          "Search parameter " + name + " takes a reference to " + types + " by its id");
    }
    try {
      return UUID.fromString(match.group(2));
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidRequestException("Search parameter " + name + " names no such record");
    }
  }

  /**
   * The value of a token parameter with the system it must carry, such as {@code
   * https://fhir.nhs.uk/Id/nhs-number|9000000009}; a bare value is taken to be in that system.
   */
  public Optional<String> token(String name, String system) {
    return single(name)
        .map(
            value -> {
              int bar = value.indexOf('|');
              if (bar >= 0 && !value.substring(0, bar).equals(system)) {
                throw new InvalidRequestException(
                    "Search parameter " + name + " takes an identifier in " + system);
              }
              return value.substring(bar + 1);
            });
  }

  /** A parameter's name as it may be repeated in an answer: a short run of safe characters. */
  private static String shown(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9_:.\\-]", "?");
    return safe.length() > 40 ? safe.substring(0, 40) + "..." : safe;
  }
}
