package org.openneighbourhood.deployment.sensitive;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openneighbourhood.deployment.access.PolicyText;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.local.MailCatcher;
import org.openneighbourhood.deployment.local.NotifyCatcher;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Transcript;
import org.openneighbourhood.deployment.stack.Transcript.Entry;

/**
 * The canary test, ordered last: the values {@link Canary} seeded into the safeguarding notes and a
 * restricted address at the start of the run never reached, in any API answer or portal page of the
 * whole run, a user the access policy withholds them from; they did reach those it shows them to
 * (else the test proves nothing); and no line the servers logged during the run holds them, nor any
 * e-mail or text message.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith({RunningStack.class, CanaryFixture.class})
@Tag("access")
class CanaryIT {

  @Test
  void canariesReachOnlyTheUsersThePolicyShowsThemTo(Canary canary) {
    PolicyText policy = PolicyText.read();
    List<Entry> answers = Transcript.answers();
    List<Entry> pages = Transcript.pages();
    assertTrue(answers.size() > 100, "the run's API answers were recorded: " + answers.size());
    assertTrue(pages.size() > 20, "the run's pages were recorded: " + pages.size());
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, List<String>> field : canary.values().entrySet()) {
      for (String value : field.getValue()) {
        List<String> leaks = new ArrayList<>();
        List<String> shownToAllowed = new ArrayList<>();
        List<String> pagesShownToAllowed = new ArrayList<>();
        for (List<Entry> kind : List.of(answers, pages)) {
          for (Entry entry : kind) {
            if (!entry.text().contains(value)) {
              continue;
            }
            if (!canary.shows(policy, field.getKey(), entry.user())) {
              leaks.add(entry + " (" + canary.relationshipOf(entry.user()) + ")");
            } else if (kind == pages) {
              pagesShownToAllowed.add(entry.toString());
            } else {
              shownToAllowed.add(entry.toString());
            }
          }
        }
        String name = field.getKey() + " value " + (field.getValue().indexOf(value) + 1);
        // the value itself is not in these messages: a failure report is a kind of log too
        checks.add(
            () -> assertEquals(List.of(), leaks, name + " shown to users it is withheld from"));
        checks.add(
            () ->
                assertTrue(
                    !shownToAllowed.isEmpty(),
                    name + " never reached an allowed user's API answer"));
        checks.add(
            () ->
                assertTrue(
                    !pagesShownToAllowed.isEmpty(),
                    name + " never reached an allowed user's page"));
      }
    }
    assertAll(checks);
  }

  /**
   * Reports are for commissioners and for an organisation to give its funders: counts only. No
   * answer, page or download of a report in the whole run (the referral report, an organisation's
   * report, their CSV downloads) holds the canary person's NHS number, name, record or referral id
   * or any canary value, whoever read it; the canary's referral is among those Green Minds' report
   * counts.
   */
  @Test
  void noReportOrDownloadOfTheRunNamesTheCanaryPerson(Canary canary) {
    List<String> identifiers = new ArrayList<>();
    identifiers.add(canary.nhsNumber());
    identifiers.add(canary.personId());
    identifiers.add(canary.referralId());
    identifiers.add("Casey");
    canary.values().values().forEach(identifiers::addAll);
    List<Entry> reports = new ArrayList<>();
    for (List<Entry> kind : List.of(Transcript.answers(), Transcript.pages())) {
      kind.stream().filter(entry -> entry.where().contains("/reports/")).forEach(reports::add);
    }
    assertTrue(!reports.isEmpty(), "the run read no report: this test proves nothing");
    List<String> naming = new ArrayList<>();
    for (Entry entry : reports) {
      if (identifiers.stream().anyMatch(entry.text()::contains)) {
        naming.add(entry.toString());
      }
    }
    assertEquals(List.of(), naming, "reports naming the canary person");
  }

  @Test
  void noServerLogLineOfTheRunHoldsACanary(LocalStack stack, Canary canary) {
    List<String> values = canary.values().values().stream().flatMap(List::stream).toList();
    List<Executable> checks = new ArrayList<>();
    for (Path log : stack.logs()) {
      List<String> lines = lines(log);
      checks.add(() -> assertTrue(!lines.isEmpty(), log + " was read and is not empty"));
      List<Integer> holding = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.contains("CANARY-") || values.stream().anyMatch(line::contains)) {
          holding.add(i + 1);
        }
      }
      checks.add(() -> assertEquals(List.of(), holding, log + ": lines holding a canary"));
    }
    assertEquals(3, stack.logs().size(), "PostgreSQL, Keycloak and Payara Micro");
    assertAll(checks);
  }

  @Test
  void noEmailOfTheRunHoldsACanary(LocalStack stack, Canary canary) {
    List<String> values = canary.values().values().stream().flatMap(List::stream).toList();
    List<String> holding = new ArrayList<>();
    List<MailCatcher.Mail> mails = stack.mail().received();
    for (MailCatcher.Mail mail : mails) {
      String text = mail.subject() + "\n" + mail.body();
      if (text.contains("CANARY-") || values.stream().anyMatch(text::contains)) {
        holding.add(mail.to() + ": " + mail.subject());
      }
    }
    assertTrue(!mails.isEmpty(), "the run sent e-mail (invitations, referral notifications)");
    assertEquals(List.of(), holding, "e-mails holding a canary");
  }

  /** The only words a text may say before its link (referral-service's TextMessage). */
  private static final List<String> TEXT_WORDS =
      List.of(
          "there is a new referral for your organisation. Sign in to see it",
          "there is news about a referral. Sign in to see it",
          "you have a new message about a referral. Sign in to read it",
          "a referral is waiting for an answer. Sign in to see it",
          "a plan review is coming up. Sign in to see it");

  /**
   * Every text message of the run (issue 15) is one of the fixed wordings with a link to the
   * portal: no canary, and no name, service, reason or anything typed, whoever it was for.
   */
  @Test
  void everyTextOfTheRunIsAFixedWordingWithALink(LocalStack stack) {
    List<String> odd = new ArrayList<>();
    for (NotifyCatcher.Text text : stack.texts().received()) {
      String body = text.body();
      boolean fixed =
          TEXT_WORDS.stream()
              .anyMatch(
                  words ->
                      body.startsWith("Neighbourhood portal: " + words + ": " + stack.portalUrl())
                          && text.links().size() == 1
                          && body.endsWith(text.links().get(0)));
      if (!fixed || body.contains("CANARY-")) {
        odd.add(text.id());
      }
    }
    assertEquals(List.of(), odd, "texts (by Notify id) that are not a fixed wording and a link");
  }

  private static List<String> lines(Path log) {
    try {
      // Latin-1 reads any bytes as they are; the canaries are ASCII.
      return new String(Files.readAllBytes(log), StandardCharsets.ISO_8859_1).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
