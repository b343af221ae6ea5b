package org.openneighbourhood.identity.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.keycloak.authentication.actiontoken.ActionTokenHandlerFactory;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionTokenHandler;

/**
 * Keycloak keeps one handler per token type: of two with the same id, the higher order wins (its
 * {@code ProviderManager.compareFactories}). These check that ours is the one it keeps.
 */
class InvitationSignInTest {

  @Test
  void handlesTheLinksOfExecuteActionsEmails() {
    assertEquals(ExecuteActionsActionToken.TOKEN_TYPE, new InvitationSignIn().getId());
    assertEquals(ExecuteActionsActionToken.class, new InvitationSignIn().getTokenClass());
  }

  @Test
  void comesBeforeKeycloaksOwnHandler() {
    assertTrue(new InvitationSignIn().order() > new ExecuteActionsActionTokenHandler().order());
  }

  /** Keycloak's own handlers are on this classpath too, as in the server. */
  @Test
  void isTheHandlerKeycloakKeepsOfThoseItsServiceLoaderFinds() {
    List<ActionTokenHandlerFactory> sameId =
        ServiceLoader.load(ActionTokenHandlerFactory.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(f -> ExecuteActionsActionToken.TOKEN_TYPE.equals(f.getId()))
            .sorted(Comparator.comparingInt((ActionTokenHandlerFactory f) -> f.order()).reversed())
            .toList();
    assertEquals(2, sameId.size(), "Keycloak's and ours");
    assertEquals(InvitationSignIn.class, sameId.get(0).getClass());
    assertTrue(sameId.get(0).order() > sameId.get(1).order(), "never a tie");
  }
}
