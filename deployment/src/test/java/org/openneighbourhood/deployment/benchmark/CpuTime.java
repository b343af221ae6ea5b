package org.openneighbourhood.deployment.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each process of the stack, from {@code /proc/<pid>/stat} (utime + stime, in
 * clock ticks), summed over the process and all its descendants, with the time of descendants that
 * have ended: PostgreSQL works in one process per connection under the postmaster, and kc.sh's JVM
 * is its child. Read before and after a phase, the difference is what that phase cost each process,
 * which a 2-core machine shared by all of them needs in order to tell whose work a request mostly
 * is.
 */
final class CpuTime {

  /** Linux's USER_HZ, which is 100 on every architecture the project runs on. */
  private static final double TICKS_PER_MILLI = 0.1;

  private final Map<String, Long> roots;

  /** Processes by name; the load generator (this JVM) is added as "load generator". */
  CpuTime(Map<String, Long> roots) {
    this.roots = new LinkedHashMap<>(roots);
  }

  /** The same processes and one more. */
  CpuTime with(String name, long pid) {
    Map<String, Long> more = new LinkedHashMap<>(roots);
    more.put(name, pid);
    return new CpuTime(more);
  }

  /** Milliseconds of CPU so far, by name. */
  Map<String, Double> now() {
    Map<String, Double> millis = new LinkedHashMap<>();
    // This JVM alone: the servers are its descendants, and are counted on their own lines.
    millis.put("load generator", ticks(ProcessHandle.current().pid(), false) / TICKS_PER_MILLI);
    roots.forEach(
        (name, pid) -> {
          long ticks =
              ProcessHandle.of(pid)
                  .map(
                      root ->
                          Stream.concat(Stream.of(root), root.descendants())
                              .mapToLong(p -> ticks(p.pid(), true))
                              .sum())
                  .orElse(0L);
          millis.put(name, ticks / TICKS_PER_MILLI);
        });
    return millis;
  }

  /** CPU milliseconds per request of a phase, by name, from readings before and after it. */
  static Map<String, Double> perRequest(
      Map<String, Double> before, Map<String, Double> after, int requests) {
    Map<String, Double> per = new LinkedHashMap<>();
    after.forEach(
        (name, millis) ->
            per.put(name, (millis - before.getOrDefault(name, 0.0)) / Math.max(1, requests)));
    return per;
  }

  /**
   * utime + stime of one process (fields 14 and 15 of its stat, counted after the command name,
   * which is in brackets and may hold spaces), and with {@code reapedChildren} cutime + cstime (16
   * and 17): the time of its children that have ended. Without those, a PostgreSQL backend that
   * ends during a phase (a pooled connection closed) would take its time out of the sum.
   */
  private static long ticks(long pid, boolean reapedChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return reapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
    } catch (IOException | RuntimeException e) {
      // a process that ended between listing and reading used no more CPU we can see
      return 0;
    }
  }
}
