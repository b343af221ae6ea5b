package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A server process we start and must be sure to stop, with its whole process tree (kc.sh starts a
 * child JVM). A pid file lets the next start end a leftover from a run that was killed with -9.
 */
final class SupervisedProcess implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SupervisedProcess.class.getName());

  private final String name;
  private final Process process;
  private final Path log;
  private final Path pidFile;
  private volatile List<String> failureMarkers = List.of();

  private SupervisedProcess(String name, Process process, Path log, Path pidFile) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.pidFile = pidFile;
  }

  static SupervisedProcess start(
      String name, List<String> command, Map<String, String> environment, Path workDir) {
    try {
      Files.createDirectories(workDir);
      Path pidFile = workDir.resolve(name + ".pid");
      endLeftover(name, pidFile);
      Path log = workDir.resolve(name + ".log");
      keepEarlierLogs(workDir, name);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      Files.writeString(pidFile, Long.toString(process.pid()));
      return new SupervisedProcess(name, process, log, pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
    }
  }

  /** How many logs of earlier starts are kept ({@code name.1.log} the last), for after a crash. */
  static final int EARLIER_LOGS = 5;

  private static void keepEarlierLogs(Path workDir, String name) throws IOException {
    for (int i = EARLIER_LOGS - 1; i >= 0; i--) {
      Path older = workDir.resolve(i == 0 ? name + ".log" : name + "." + i + ".log");
      if (Files.exists(older)) {
        Files.move(
            older,
            workDir.resolve(name + "." + (i + 1) + ".log"),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void endLeftover(String name, Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return;
    }
    String pid = Files.readString(pidFile).trim();
    try {
      ProcessHandle.of(Long.parseLong(pid))
          .filter(ProcessHandle::isAlive)
          .ifPresent(
              leftover -> {
                LOG.warning(
                    () -> "Ending " + name + " left running by an earlier run (pid " + pid + ")");
                stopTree(leftover, Duration.ofSeconds(20));
              });
    } catch (NumberFormatException ignored) {
      // an unreadable pid file names nothing we could stop
    }
    Files.deleteIfExists(pidFile);
  }

  /**
   * Makes a log line containing one of {@code markers} count as a failed start even while the
   * process runs on (Payara Micro stays up when an application fails to deploy). Earlier markers
   * are the more telling ones and are reported first.
   */
  SupervisedProcess failWhenLogSays(String... markers) {
    this.failureMarkers = List.of(markers);
    return this;
  }

  /** The log line that says the start failed, if there is one. */
  Optional<String> reportedFailure() {
    if (failureMarkers.isEmpty() || !Files.exists(log)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    for (String marker : failureMarkers) {
      for (String line : lines) {
        if (line.contains(marker)) {
          return Optional.of(line.strip());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Sends a signal to the process and every process it started: {@code STOP} freezes it as a hung
   * server is (the kernel still accepts connections, nothing answers), {@code CONT} thaws it.
   */
  void signalTree(String signal) {
    List<String> pids =
        concat(process.toHandle(), process.toHandle().descendants().toList()).stream()
            .map(p -> Long.toString(p.pid()))
            .toList();
    List<String> command = new java.util.ArrayList<>(List.of("kill", "-" + signal));
    command.addAll(pids);
    try {
      int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pids + " exited with " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Path log() {
    return log;
  }

  /** The end of the log, for a start-up failure message. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    stopTree(process.toHandle(), Duration.ofSeconds(30));
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      LOG.warning(() -> "Could not delete " + pidFile + ": " + e.getMessage());
    }
  }

  private static void stopTree(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = root.descendants().toList();
    root.destroy();
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle p : concat(root, tree)) {
      try {
        p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  private static List<ProcessHandle> concat(ProcessHandle root, List<ProcessHandle> tree) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), tree.stream()).toList();
  }
}
