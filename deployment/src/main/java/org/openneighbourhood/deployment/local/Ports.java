package org.openneighbourhood.deployment.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses ports: the preferred one when it is free, otherwise any free one. A port is chosen before
 * the server that will listen on it starts, so the kernel may offer it again meanwhile: this JVM
 * never hands out the same port twice (the mail catcher and Keycloak's management interface were
 * once both given one port, and Keycloak failed to start).
 */
public final class Ports {

  private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

  private Ports() {}

  static int preferred(int port) {
    return port > 0 && isFree(port) && HANDED_OUT.add(port) ? port : free();
  }

  /** A free port on this machine that this JVM has not handed out before. */
  public static int free() {
    for (int tries = 0; tries < 100; tries++) {
      int port = anyFree();
      if (HANDED_OUT.add(port)) {
        return port;
      }
    }
    throw new IllegalStateException("No free port not handed out already");
  }

  private static int anyFree() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
