package org.openneighbourhood.deployment.local;

import java.util.List;

/**
 * JVM options for a server that should answer soon rather than run fast for hours: the one-command
 * local run sets {@code -Dneighbourhood.quick-start=true}. Only the quick compiler (C1): on two
 * busy cores, C2 compiling Payara's and Keycloak's start-up code competes with the start-up itself.
 * Off for the tests' and the benchmark's stacks, whose servers keep the JVM's defaults.
 */
final class QuickStart {

  static final String PROPERTY = "neighbourhood.quick-start";

  private QuickStart() {}

  static List<String> jvmOptions() {
    return Boolean.getBoolean(PROPERTY) ? List.of("-XX:TieredStopAtLevel=1") : List.of();
  }
}
