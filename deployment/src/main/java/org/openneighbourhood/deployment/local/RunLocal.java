package org.openneighbourhood.deployment.local;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;

/**
 * {@code ./run}: starts the whole product with demo data, prints where it is and who can sign in,
 * and stops everything on Ctrl-C.
 */
public final class RunLocal {

  private RunLocal() {}

  public static void main(String[] args) throws Exception {
    int portalPort = Integer.getInteger("neighbourhood.port", 8080);
    int keycloakPort = Integer.getInteger("neighbourhood.keycloak.port", 8180);
    int databasePort = Integer.getInteger("neighbourhood.db.port", 5433);
    LocalStack stack =
        LocalStack.start(
            LocalStack.Settings.fromSystemProperties(portalPort, keycloakPort, databasePort),
            instances(args));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.close();
                  stopped.countDown();
                },
                "stop-neighbourhood"));
    // The banner is this command's output for the person at the terminal, not a log line.
    banner(stack, System.out);
    showMail(stack.mail(), System.out, stopped);
  }

  /** {@code --instances N}: N Payara instances behind HAProxy instead of one; 1 without it. */
  private static int instances(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--instances") && i + 1 < args.length) {
        return Integer.parseInt(args[i + 1]);
      }
      if (args[i].startsWith("--instances=")) {
        return Integer.parseInt(args[i].substring("--instances=".length()));
      }
    }
    if (args.length > 0) {
      throw new IllegalArgumentException(
          "Unknown arguments " + String.join(" ", args) + ": the only one is --instances N");
    }
    return 1;
  }

  /**
   * Prints each message the product sends (invitations, notifications) as it arrives, with its
   * links, until the stack stops: nothing is sent beyond this machine in the local run.
   */
  private static void showMail(MailCatcher mail, PrintStream out, CountDownLatch stopped)
      throws InterruptedException {
    int shown = 0;
    while (!stopped.await(2, TimeUnit.SECONDS)) {
      List<MailCatcher.Mail> received = mail.received();
      for (MailCatcher.Mail message : received.subList(shown, received.size())) {
        out.println();
        out.println("Mail to " + message.to() + ": " + message.subject());
        message.links().forEach(link -> out.println("  " + link));
      }
      shown = received.size();
    }
  }

  private static void banner(LocalStack stack, PrintStream out) throws Exception {
    NeighbourhoodFile demo;
    try (InputStream in = RunLocal.class.getResourceAsStream("/demo/neighbourhood-demo.json")) {
      demo = NeighbourhoodFile.read(in);
    }
    out.println();
    out.println("Neighbourhood portal is running.");
    out.println();
    out.println("  Portal:   " + stack.portalUrl() + "/");
    out.println(
        "  API:      " + stack.apiUrl() + "  (OpenAPI at " + stack.portalUrl() + "/openapi)");
    out.println("  Keycloak: " + stack.keycloakUrl() + "/");
    if (stack.instances().size() > 1) {
      out.println(
          "  "
              + stack.instances().size()
              + " Payara instances in one data grid behind HAProxy at the portal's address");
    }
    out.println();
    out.println("Demo logins (every password is: demo-password)");
    for (NeighbourhoodFile.Person p : demo.users()) {
      out.printf(
          "  %-18s %-15s %s%n",
          p.username(),
          String.join(",", p.roles()),
          p.organisations().isEmpty() ? "" : String.join(",", p.organisations()));
    }
    out.println();
    out.println("E-mail the product sends is caught here and shown below, with its links.");
    out.println("Press Ctrl-C to stop everything.");
  }
}
