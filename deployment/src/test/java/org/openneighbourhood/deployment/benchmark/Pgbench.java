package org.openneighbourhood.deployment.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openneighbourhood.deployment.local.LocalStack;

/**
 * The database's own ceiling on this machine, measured in the same run as the application so that
 * the application's figures can be read as ratios to it: pgbench's TPC-B-like transactions in a
 * database of their own ({@code pgbench_baseline}) on the stack's PostgreSQL. Debian's pgbench (15)
 * speaks to the embedded PostgreSQL 18 server; it runs as the application's role, which owns the
 * database, so no superuser is needed.
 */
final class Pgbench {

  /** What pgbench reported for one client count. */
  record Result(int clients, double tps, double latencyMillis, long transactions) {}

  private static final Pattern TPS =
      Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
  private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
  private static final Pattern PROCESSED =
      Pattern.compile("number of transactions actually processed: (\\d+)");

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String database;

  private Pgbench(String host, int port, String user, String password, String database) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.database = database;
  }

  /** Creates the baseline database and fills it with {@code pgbench -i -s scale}. */
  static Pgbench initialise(LocalStack stack, int scale) throws Exception {
    String jdbc = stack.createDatabase("pgbench_baseline");
    URI uri = URI.create(jdbc.substring("jdbc:".length()));
    Pgbench pgbench =
        new Pgbench(
            uri.getHost(),
            uri.getPort(),
            stack.databaseUser(),
            stack.databasePassword(),
            uri.getPath().substring(1));
    pgbench.run(List.of("-i", "-q", "-s", Integer.toString(scale)));
    return pgbench;
  }

  /** {@code pgbench -c clients -j 2 -T seconds -M prepared}, TPC-B-like. */
  Result measure(int clients, int seconds) throws Exception {
    String out =
        run(
            List.of(
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(Math.min(2, clients)),
                "-T",
                Integer.toString(seconds),
                "-M",
                "prepared"));
    return new Result(
        clients,
        Double.parseDouble(find(TPS, out)),
        Double.parseDouble(find(LATENCY, out)),
        Long.parseLong(find(PROCESSED, out)));
  }

  private String run(List<String> options) throws Exception {
    List<String> command = new ArrayList<>(List.of(executable()));
    command.addAll(List.of("-h", host, "-p", Integer.toString(port), "-U", user));
    command.addAll(options);
    command.add(database);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The password through the environment, never on a command line others can read.
    builder.environment().put("PGPASSWORD", password);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pgbench " + options + " failed:\n" + out);
    }
    return out;
  }

  private static String executable() throws IOException {
    for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IOException(
        "pgbench not found: ./benchmark installs it (apt-get install postgresql-client) as root");
  }

  private static String find(Pattern pattern, String out) {
    Matcher matcher = pattern.matcher(out);
    if (!matcher.find()) {
      throw new IllegalStateException("pgbench said no " + pattern + ":\n" + out);
    }
    return matcher.group(1);
  }
}
