package org.openneighbourhood.portal.security;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * A copy of each portal session in Payara's data grid (Hazelcast), so that when the instance
 * serving a user dies, the instance the balancer sends them to next carries on with their session:
 * their sign-in ({@link ReplicatedSignIn}), the organisation they act for, the Faces views they are
 * filling in and their view-scoped beans.
 *
 * <p>Why our own copy and not Payara's session replication ({@code <distributable/>}): Payara
 * 6.2025.10 did not find a replicated session on another instance for an application at the root
 * context (checked with curl on two instances; its session-version cookie cannot name the root
 * context), and re-keys sessions at sign-in. Here the copy is keyed by the session id the browser
 * holds, saved after every page request and dropped when the session ends or changes its id in a
 * request ({@link SessionCopyFilter}), so an old id never brings a session back; it expires in the
 * grid after the session's own idle timeout, as the session does.
 *
 * <p>Each attribute is serialised on its own: one that cannot be (Soteria's OpenID context, whose
 * tokens {@link ReplicatedSignIn} carries instead) is left out, not the whole session. Started
 * without a data grid ({@code --nocluster}, the one-instance local run and tests) this does
 * nothing.
 */
@ApplicationScoped
public class SessionCopies {

  private static final Logger LOG = Logger.getLogger(SessionCopies.class.getName());

  /** Payara Micro binds its Hazelcast instance here when the data grid is on. */
  private static final String HAZELCAST = "payara/Hazelcast";

  private static final String MAP = "neighbourhood-portal-sessions";

  /** Request attribute: the id whose copy this request's session was made from. */
  static final String TAKEN_OVER_FROM = SessionCopies.class.getName() + ".takenOverFrom";

  /** Attributes that could not be serialised, logged once each. */
  private final Set<String> leftOut = ConcurrentHashMap.newKeySet();

  /** Null until first asked for; then the grid's map, or empty where there is none. */
  private volatile Optional<Grid> grid;

  /** One session's copy: its serialised attributes and how long it may stay unused. */
  record Copy(HashMap<String, byte[]> attributes, int idleSeconds) {}

  /** What is done with the grid's map; tests stand in for Hazelcast with a plain map. */
  record Grid(
      Function<String, HashMap<String, byte[]>> read,
      BiConsumer<String, Copy> write,
      Consumer<String> delete) {

    static Grid of(IMap<String, HashMap<String, byte[]>> map) {
      return new Grid(
          map::get,
          (id, copy) -> map.set(id, copy.attributes(), copy.idleSeconds(), TimeUnit.SECONDS),
          map::delete);
    }
  }

  public SessionCopies() {}

  SessionCopies(Optional<Grid> grid) {
    this.grid = grid;
  }

  private Optional<Grid> grid() {
    Optional<Grid> known = grid;
    if (known == null) {
      known = lookUp();
      grid = known;
    }
    return known;
  }

  private static Optional<Grid> lookUp() {
    try {
      Object found = new InitialContext().lookup(HAZELCAST);
      if (found instanceof HazelcastInstance hazelcast
          && hazelcast.getLifecycleService().isRunning()) {
        LOG.info(
            "Portal sessions are copied to the data grid: another instance can take them over");
        return Optional.of(Grid.of(hazelcast.getMap(MAP)));
      }
    } catch (NamingException | RuntimeException | LinkageError noGrid) {
      LOG.log(Level.FINE, "No data grid: sessions stay on this instance", noGrid);
    }
    return Optional.empty();
  }

  /**
   * Where the browser names a session this instance does not have, and the grid has a copy of it,
   * makes a session here from the copy (under a new id, which the response gives the browser). The
   * old copy stays until the new session is saved ({@link SessionCopyFilter}): a request cut short
   * here loses nothing. Call before anything reads the session.
   *
   * @return whether a session was taken over
   */
  public boolean takeOver(HttpServletRequest request) {
    String requested = request.getRequestedSessionId();
    if (requested == null || request.isRequestedSessionIdValid()) {
      return false;
    }
    Optional<Grid> map = grid();
    if (map.isEmpty()) {
      return false;
    }
    HashMap<String, byte[]> copy;
    try {
      copy = map.get().read().apply(requested);
    } catch (RuntimeException gridTrouble) {
      LOG.log(Level.WARNING, "The data grid did not answer for a session", gridTrouble);
      return false;
    }
    if (copy == null) {
      return false;
    }
    HttpSession session = request.getSession(true);
    copy.forEach(
        (name, bytes) -> {
          try {
            session.setAttribute(name, read(bytes));
          } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            LOG.log(
                Level.WARNING, "A session attribute could not be restored: " + name, unreadable);
          }
        });
    request.setAttribute(TAKEN_OVER_FROM, requested);
    LOG.info(() -> "Took over a session from another instance (" + copy.size() + " attributes)");
    return true;
  }

  /** Copies the request's session, if it has one, to the grid under its current id. */
  public void save(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return;
    }
    Optional<Grid> map = grid();
    if (map.isEmpty()) {
      return;
    }
    HashMap<String, byte[]> copy = new HashMap<>();
    try {
      for (String name : Collections.list(session.getAttributeNames())) {
        Object value = session.getAttribute(name);
        if (!(value instanceof Serializable)) {
          leftOutOnce(name, null);
          continue;
        }
        try {
          copy.put(name, write(value));
        } catch (IOException | RuntimeException notSerialisable) {
          leftOutOnce(name, notSerialisable);
        }
      }
      int idle = session.getMaxInactiveInterval();
      map.get().write().accept(session.getId(), new Copy(copy, Math.max(idle, 0)));
    } catch (IllegalStateException invalidated) {
      // Signed out during this request: nothing to keep.
    } catch (RuntimeException gridTrouble) {
      LOG.log(Level.WARNING, "The session could not be copied to the data grid", gridTrouble);
    }
  }

  /** Drops the copy kept under this id (the session ended, or has a new id now). */
  public void forget(String sessionId) {
    grid()
        .ifPresent(
            map -> {
              try {
                map.delete().accept(sessionId);
              } catch (RuntimeException gridTrouble) {
                LOG.log(Level.FINE, "The data grid did not answer", gridTrouble);
              }
            });
  }

  private void leftOutOnce(String name, Exception why) {
    if (leftOut.add(name)) {
      LOG.log(
          Level.INFO,
          "Session attribute " + name + " is not copied to the data grid (not serialisable)",
          why);
    }
  }

  private static byte[] write(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ApplicationObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  /** Resolves classes through the portal's own class loader, where its session values live. */
  private static final class ApplicationObjectInputStream extends ObjectInputStream {
    ApplicationObjectInputStream(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description)
        throws IOException, ClassNotFoundException {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      try {
        return Class.forName(description.getName(), false, loader);
      } catch (ClassNotFoundException notThere) {
        return super.resolveClass(description);
      }
    }
  }
}
