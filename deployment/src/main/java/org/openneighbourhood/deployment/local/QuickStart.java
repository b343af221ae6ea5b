package org.openneighbourhood.deployment.local;

import java.util.List;

/**
 * JVM options for a server that should answer soon rather than run fast for hours: the one-command
 * local run and the end-to-end tests set {@code -Dneighbourhood.quick-start=true}. Only the quick
 * compiler (C1): on two busy cores, C2 compiling Payara's start-up code competes with the start-up
 * itself and with the other lane's tests. Off for the benchmark's stacks, whose servers keep the
 * JVM's defaults, as production's do.
 */
final class QuickStart {

  static final String PROPERTY = "neighbourhood.quick-start";

  private QuickStart() {}

  static List<String> jvmOptions() {
    return Boolean.getBoolean(PROPERTY) ? List.of("-XX:TieredStopAtLevel=1") : List.of();
  }
}
