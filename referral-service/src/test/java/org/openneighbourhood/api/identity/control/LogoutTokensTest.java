package org.openneighbourhood.api.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

class LogoutTokensTest {

  static final String ISSUER = "http://keycloak.test/realms/neighbourhood";
  static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

  @TempDir static Path dir;
  static KeyPair realm;
  static KeyPair stranger;
  static LogoutTokens tokens;

  @BeforeAll
  static void publishTheRealmsKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    realm = generator.generateKeyPair();
    stranger = generator.generateKeyPair();
    RSAPublicKey key = (RSAPublicKey) realm.getPublic();
    Path jwks = dir.resolve("certs.json");
    Files.writeString(
        jwks,
        Json.createObjectBuilder()
            .add(
                "keys",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("kid", "realm-key")
                            .add("kty", "RSA")
                            .add("use", "sig")
                            .add("n", base64(key.getModulus()))
                            .add("e", base64(key.getPublicExponent()))))
            .build()
            .toString());
    tokens = new LogoutTokens();
    tokens.config =
        new MapConfig(
            Map.of(
                "mp.jwt.verify.issuer",
                ISSUER,
                "mp.jwt.verify.publickey.location",
                jwks.toUri().toString(),
                "portal.client-id",
                "portal-web"));
  }

  @Test
  void aLogoutTokenTheRealmSignedNamesTheEndedSession() throws Exception {
    assertEquals("session-1", tokens.endedSession(token(realm, "realm-key", c -> c)));
  }

  @Test
  void anythingElseIsRefusedOnTheField() throws Exception {
    List<String> refused =
        List.of(
            token(stranger, "realm-key", c -> c),
            token(realm, "another-key", c -> c),
            token(realm, "realm-key", c -> c.add("iss", "http://elsewhere/realms/neighbourhood")),
            token(realm, "realm-key", c -> c.add("aud", "referral-service")),
            token(realm, "realm-key", c -> c.add("events", Json.createObjectBuilder())),
            token(realm, "realm-key", c -> c.add("nonce", "n")),
            token(realm, "realm-key", c -> c.remove("sid")),
            token(
                realm,
                "realm-key",
                c -> c.add("exp", Instant.now().minusSeconds(600).getEpochSecond())),
            "a.b",
            "not-base64!.e30.e30",
            "",
            unsigned());
    for (String logoutToken : refused) {
      InvalidInputException refusal =
          assertThrows(InvalidInputException.class, () -> tokens.endedSession(logoutToken));
      assertTrue(refusal.getMessage().startsWith("The logout token "), refusal::getMessage);
    }
  }

  private static String token(KeyPair signer, String kid, UnaryOperator<JsonObjectBuilder> change)
      throws GeneralSecurityException {
    JsonObjectBuilder claims =
        Json.createObjectBuilder()
            .add("iss", ISSUER)
            .add("aud", "portal-web")
            .add("iat", Instant.now().getEpochSecond())
            .add("exp", Instant.now().plusSeconds(60).getEpochSecond())
            .add("sid", "session-1")
            .add("events", Json.createObjectBuilder().add(EVENT, Json.createObjectBuilder()));
    String header = encode(Json.createObjectBuilder().add("alg", "RS256").add("kid", kid).build());
    String body = encode(change.apply(claims).build());
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(signer.getPrivate());
    signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
    return header
        + "."
        + body
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
  }

  private static String unsigned() {
    return encode(Json.createObjectBuilder().add("alg", "none").build())
        + "."
        + encode(Json.createObjectBuilder().add("sid", "session-1").build())
        + ".";
  }

  private static String encode(JsonObject json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String base64(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(java.util.Arrays.copyOfRange(bytes, skip, bytes.length));
  }

  /** The few keys the checks read. */
  private record MapConfig(Map<String, String> values) implements Config {

    @Override
    public <T> T getValue(String name, Class<T> type) {
      return getOptionalValue(name, type).orElseThrow();
    }

    @Override
    public ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
      return List.of();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
      return Optional.empty();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
