package org.openneighbourhood.deployment.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara's heap through the whole run: {@code jstat -gc <pid> 1000} from this JDK samples the JVM's
 * heap once a second (used = survivors + eden + old in use, committed = the same spaces' capacity),
 * so the maximum of any phase can be read afterwards. The limit is on used heap: 512 MiB.
 * Also says which options the JVM was started with ({@code jcmd VM.command_line} and {@code
 * VM.flags}), since the heap's size and collector decide how high "used" gets before a collection.
 */
final class PayaraHeap implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PayaraHeap.class.getName());
  private static final List<String> USED = List.of("S0U", "S1U", "EU", "OU");
  private static final List<String> COMMITTED = List.of("S0C", "S1C", "EC", "OC");

  /** The highest heap in use and committed among the samples of a stretch of time. */
  record Peak(double usedMiB, double committedMiB, int samples) {}

  private record Sample(long nanos, double usedMiB, double committedMiB) {}

  private final long pid;
  private final Process jstat;
  private final List<Sample> samples = new ArrayList<>();
  private volatile boolean closed;

  private PayaraHeap(long pid, Process jstat) {
    this.pid = pid;
    this.jstat = jstat;
  }

  static PayaraHeap sample(long pid) throws IOException {
    Process jstat =
        new ProcessBuilder(tool("jstat"), "-gc", Long.toString(pid), "1000")
            .redirectErrorStream(true)
            .start();
    PayaraHeap heap = new PayaraHeap(pid, jstat);
    Thread reader = new Thread(heap::read, "payara-heap");
    reader.setDaemon(true);
    reader.start();
    return heap;
  }

  /** The peak since {@code nanos} ({@link System#nanoTime()}), up to now. */
  synchronized Peak since(long nanos) {
    double used = 0;
    double committed = 0;
    int count = 0;
    for (Sample sample : samples) {
      if (sample.nanos() >= nanos) {
        used = Math.max(used, sample.usedMiB());
        committed = Math.max(committed, sample.committedMiB());
        count++;
      }
    }
    return new Peak(used, committed, count);
  }

  /** The JVM's own arguments and the flags it chose (collector, heap sizes). */
  String jvmOptions() {
    return jcmd("VM.command_line", "jvm_args:") + "; flags: " + jcmd("VM.flags", "-XX:");
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> header = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] fields = line.strip().split("\\s+");
        if (fields[0].equals("S0C")) {
          header = Arrays.asList(fields);
        } else if (header != null && fields.length == header.size()) {
          add(
              new Sample(
                  System.nanoTime(), mib(header, fields, USED), mib(header, fields, COMMITTED)));
        } else {
          LOG.warning("jstat: " + line);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        LOG.log(Level.WARNING, "Stopped sampling Payara's heap", e);
      }
    }
  }

  private synchronized void add(Sample sample) {
    samples.add(sample);
  }

  /** jstat's columns are in KiB. */
  private static double mib(List<String> header, String[] fields, List<String> columns) {
    double kib = 0;
    for (String column : columns) {
      kib += Double.parseDouble(fields[header.indexOf(column)]);
    }
    return kib / 1024;
  }

  private String jcmd(String command, String linePrefix) {
    try {
      Process process =
          new ProcessBuilder(tool("jcmd"), Long.toString(pid), command)
              .redirectErrorStream(true)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return out.lines()
          .filter(line -> line.startsWith(linePrefix))
          .map(line -> line.startsWith("jvm_args:") ? line.substring(9).strip() : line.strip())
          .findFirst()
          .orElse("(jcmd " + command + " said nothing)");
    } catch (IOException e) {
      return "(jcmd " + command + ": " + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The tool from the JDK running the benchmark, which also runs Payara. */
  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  @Override
  public void close() {
    closed = true;
    jstat.destroy();
  }
}
