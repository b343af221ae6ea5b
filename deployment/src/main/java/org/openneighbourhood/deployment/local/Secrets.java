package org.openneighbourhood.deployment.local;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Fresh secrets for each start, so nothing guessable is ever listening, even locally. */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
