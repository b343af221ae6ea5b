package org.openneighbourhood.deployment.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openneighbourhood.deployment.local.LocalStack;
import org.openneighbourhood.deployment.stack.PortalSession;
import org.openneighbourhood.deployment.stack.RunningStack;
import org.openneighbourhood.deployment.stack.Tokens;

/**
 * Many people signed in at once each get the pages their role opens, and only those. Payara can
 * lose a signed-in caller's groups when requests of several sessions are authenticated at the same
 * moment (payara/Payara#6145: the portal's pages then answered some of them "You cannot see this
 * page", 8 in 200 in a probe, 141 in 2,000 in the benchmark); the portal gives the container the
 * session's groups on every request. Sessions sign in through Keycloak's real form and fetch pages
 * as a browser would, without following redirects.
 */
@ExtendWith(RunningStack.class)
@Tag("access")
class PagesAtOnceIT {

  private static final int SESSIONS = 12;
  private static final int ROUNDS = 15;

  /** What each user opens, and what the container must answer. */
  private record Visit(int session, String path, int expected) {}

  @Test
  void everyonesPagesAnswerWithTheirRolesWhenManyAskAtOnce(LocalStack stack) throws Exception {
    List<PortalSession> linkWorkers = new ArrayList<>();
    List<PortalSession> vcfseStaff = new ArrayList<>();
    for (int i = 0; i < SESSIONS / 2; i++) {
      linkWorkers.add(PortalSession.signIn(stack.portalUrl(), "lina.link", Tokens.PASSWORD));
      vcfseStaff.add(PortalSession.signIn(stack.portalUrl(), "vera.vcfse", Tokens.PASSWORD));
    }
    List<PortalSession> sessions = new ArrayList<>(linkWorkers);
    sessions.addAll(vcfseStaff);
    List<Visit> visits = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < SESSIONS / 2; i++) {
        visits.add(new Visit(i, "/people/find.xhtml", 200));
        visits.add(new Visit(SESSIONS / 2 + i, "/inbox/index.xhtml", 200));
        if (round % 5 == 0) {
          // A VCFSE worker does not find people: the role still decides under load.
          visits.add(new Visit(SESSIONS / 2 + i, "/people/find.xhtml", 403));
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
    Map<String, Integer> wrong = new TreeMap<>();
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (Visit visit : visits) {
        answers.add(pool.submit(() -> sessions.get(visit.session()).get(visit.path()).status()));
      }
      for (int i = 0; i < visits.size(); i++) {
        Visit visit = visits.get(i);
        int status = answers.get(i).get();
        if (status != visit.expected()) {
          wrong.merge(visit.path() + " answered " + status, 1, Integer::sum);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        Map.of(),
        wrong,
        visits.size() + " pages fetched by " + SESSIONS + " sessions at once; these went wrong");
  }
}
