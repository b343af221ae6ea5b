package org.openneighbourhood.deployment.local;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openneighbourhood.identity.provisioning.NeighbourhoodFile;

/**
 * {@code ./run}: starts the whole product with demo data (or the data of the last run), prints
 * where it is and who can sign in, restarts PostgreSQL or Payara when one crashes, and stops
 * everything on Ctrl-C.
 */
public final class RunLocal {

  private RunLocal() {}

  public static void main(String[] args) throws Exception {
    int portalPort = Integer.getInteger("neighbourhood.port", 8080);
    int keycloakPort = Integer.getInteger("neighbourhood.keycloak.port", 8180);
    int databasePort = Integer.getInteger("neighbourhood.db.port", 5433);
    boolean fresh = fresh(args);
    LocalStack.Settings settings =
        LocalStack.Settings.fromSystemProperties(portalPort, keycloakPort, databasePort)
            .keepingData(true);
    if (fresh) {
      LocalStack.wipeData(settings);
    }
    LocalStack stack = LocalStack.start(settings, instances(args)).supervise();
    MailInbox inbox =
        MailInbox.start(stack.mail(), Integer.getInteger("neighbourhood.mail-inbox.port", 8025));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  inbox.close();
                  stack.close();
                  stopped.countDown();
                },
                "stop-neighbourhood"));
    // The banner is this command's output for the person at the terminal, not a log line.
    banner(stack, inbox, fresh, System.out);
    showMessages(stack.mail(), stack.texts(), System.out, stopped);
  }

  private static final String USAGE =
      "./run [--instances N] [--fresh | --keep-data]: N Payara instances behind HAProxy (1 without"
          + " it); --fresh starts from the demo data alone, --keep-data (the default) on the data"
          + " of the last run";

  /** {@code --instances N}: N Payara instances behind HAProxy instead of one; 1 without it. */
  private static int instances(String[] args) {
    int instances = 1;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--instances") && i + 1 < args.length) {
        instances = Integer.parseInt(args[++i]);
      } else if (args[i].startsWith("--instances=")) {
        instances = Integer.parseInt(args[i].substring("--instances=".length()));
      } else if (!args[i].equals("--fresh") && !args[i].equals("--keep-data")) {
        throw new IllegalArgumentException("Unknown argument " + args[i] + ". Usage: " + USAGE);
      }
    }
    return instances;
  }

  /**
   * {@code --fresh}: the data of the last run is deleted first. Data is kept from one run to the
   * next otherwise.
   */
  private static boolean fresh(String[] args) {
    boolean fresh = List.of(args).contains("--fresh");
    if (fresh && List.of(args).contains("--keep-data")) {
      throw new IllegalArgumentException("Either --fresh or --keep-data. Usage: " + USAGE);
    }
    return fresh;
  }

  /**
   * Prints each message the product sends (invitations, notifications, texts) as it arrives, with
   * its links, until the stack stops: nothing is sent beyond this machine in the local run.
   */
  private static void showMessages(
      MailCatcher mail, NotifyCatcher texts, PrintStream out, CountDownLatch stopped)
      throws InterruptedException {
    Set<String> shown = new HashSet<>();
    Set<String> textsShown = new HashSet<>();
    while (!stopped.await(2, TimeUnit.SECONDS)) {
      for (MailCatcher.Mail message : mail.notYetIn(shown)) {
        out.println();
        out.println("Mail to " + message.to() + ": " + message.subject());
        message.links().forEach(link -> out.println("  " + link));
      }
      for (NotifyCatcher.Text text : texts.notYetIn(textsShown)) {
        out.println();
        out.println("Text to " + text.to() + ": " + text.body());
      }
    }
  }

  private static void banner(LocalStack stack, MailInbox inbox, boolean fresh, PrintStream out)
      throws Exception {
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
    out.println("  Mail:     " + inbox.url() + "  (every message the portal sends, to read)");
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
    if (!demo.partners().isEmpty()) {
      out.println();
      out.println(
          "Demo partner systems (client credentials at "
              + stack.keycloakUrl()
              + "/realms/neighbourhood/protocol/openid-connect/token; FHIR at "
              + stack.apiUrl()
              + "/fhir)");
      for (NeighbourhoodFile.Partner partner : demo.partners()) {
        out.printf(
            "  %-18s secret %s, for %s: %s%n",
            partner.clientId(),
            partner.secret(),
            partner.organisation(),
            String.join(" ", partner.scopes()));
      }
    }
    out.println();
    out.println(
        (fresh ? "Started from the demo data alone. " : "Started on the data of the last run. ")
            + "What you change is kept for the next ./run; ./run --fresh starts from the demo"
            + " data alone.");
    out.println("PostgreSQL or Payara stopping unexpectedly is started again, and said so here.");
    out.println(
        "E-mail the product sends is caught here and shown below, with its links, and in the"
            + " mail inbox above; so are text messages, by a fake GOV.UK Notify.");
    out.println("Press Ctrl-C to stop everything.");
  }
}
