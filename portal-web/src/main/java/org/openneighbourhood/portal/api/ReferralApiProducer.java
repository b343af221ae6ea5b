package org.openneighbourhood.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.openneighbourhood.portal.configuration.OidcConfig;

/**
 * Builds the one REST client. The token is looked up per call from the caller's session, so the API
 * always sees the user who clicked, never a portal-wide identity.
 */
@ApplicationScoped
public class ReferralApiProducer {

  @Inject OidcConfig config;
  @Inject OpenIdContext openIdContext;

  @Produces
  @ApplicationScoped
  ReferralApi referralApi() {
    return RestClientBuilder.newBuilder()
        .baseUri(URI.create(config.getApiUrl()))
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .register(new BearerToken(openIdContext))
        .register(ProblemResponseMapper.class)
        .build(ReferralApi.class);
  }

  /** Adds the signed-in user's access token to each request. */
  static final class BearerToken implements ClientRequestFilter {
    private final OpenIdContext openIdContext;

    BearerToken(OpenIdContext openIdContext) {
      this.openIdContext = openIdContext;
    }

    @Override
    public void filter(ClientRequestContext request) {
      request
          .getHeaders()
          .putSingle(
              HttpHeaders.AUTHORIZATION, "Bearer " + openIdContext.getAccessToken().getToken());
    }
  }
}
