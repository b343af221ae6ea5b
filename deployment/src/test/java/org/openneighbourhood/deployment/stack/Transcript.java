package org.openneighbourhood.deployment.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * What the running stack showed, and to whom, over the whole test run: every API answer ({@link
 * Api}) and every page the browser arrived at, with the user signed in. The canary test, ordered
 * last, reads it to prove that values seeded into sensitive fields reached only the users the
 * access policy shows them to.
 *
 * <p>One per test JVM, like the stack: failsafe runs every end-to-end class in one JVM and one
 * JUnit launch. Append-only; only the canary test reads it. A run keeps a few megabytes here.
 */
public final class Transcript {

  /** One answer or page: who (null when signed out), what, and the text as it was shown. */
  public record Entry(String user, String where, String text) {
    @Override
    public String toString() {
      return (user == null ? "(signed out)" : user) + " " + where;
    }
  }

  private static final List<Entry> ANSWERS = new ArrayList<>();
  private static final List<Entry> PAGES = new ArrayList<>();

  private Transcript() {}

  /** An API answer's body. */
  public static void answer(String user, String where, String body) {
    synchronized (ANSWERS) {
      ANSWERS.add(new Entry(user, where, body == null ? "" : body));
    }
  }

  /** A page as the browser showed it. */
  public static void page(String user, String where, String source) {
    synchronized (PAGES) {
      PAGES.add(new Entry(user, where, source == null ? "" : source));
    }
  }

  public static List<Entry> answers() {
    synchronized (ANSWERS) {
      return List.copyOf(ANSWERS);
    }
  }

  public static List<Entry> pages() {
    synchronized (PAGES) {
      return List.copyOf(PAGES);
    }
  }
}
