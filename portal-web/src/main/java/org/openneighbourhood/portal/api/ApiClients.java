package org.openneighbourhood.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.openneighbourhood.portal.configuration.OidcConfig;
import org.openneighbourhood.portal.security.ActingOrganisation;
import org.openneighbourhood.portal.security.ReplicatedSignIn;

/**
 * Builds the REST clients, one per resource of the API ({@link #CLIENTS}). The token is looked up
 * per call from the caller's session, so the API always sees the user who clicked, never a
 * portal-wide identity.
 */
@ApplicationScoped
public class ApiClients {

  /** Every client of the API; ContractTest checks each against the API's OpenAPI document. */
  public static final List<Class<?>> CLIENTS =
      List.of(
          CaseloadApi.class,
          MeApi.class,
          OrganisationsApi.class,
          PeopleApi.class,
          PlansApi.class,
          ReferralsApi.class,
          ReportsApi.class,
          ServicesApi.class);

  @Inject OidcConfig config;
  @Inject OpenIdContext openIdContext;
  @Inject ActingOrganisation actingOrganisation;
  @Inject ReplicatedSignIn replicatedSignIn;

  @Produces
  @ApplicationScoped
  CaseloadApi caseloadApi() {
    return client(CaseloadApi.class);
  }

  @Produces
  @ApplicationScoped
  MeApi meApi() {
    return client(MeApi.class);
  }

  @Produces
  @ApplicationScoped
  OrganisationsApi organisationsApi() {
    return client(OrganisationsApi.class);
  }

  @Produces
  @ApplicationScoped
  PeopleApi peopleApi() {
    return client(PeopleApi.class);
  }

  @Produces
  @ApplicationScoped
  PlansApi plansApi() {
    return client(PlansApi.class);
  }

  @Produces
  @ApplicationScoped
  ReferralsApi referralsApi() {
    return client(ReferralsApi.class);
  }

  @Produces
  @ApplicationScoped
  ReportsApi reportsApi() {
    return client(ReportsApi.class);
  }

  @Produces
  @ApplicationScoped
  ServicesApi servicesApi() {
    return client(ServicesApi.class);
  }

  private <T> T client(Class<T> api) {
    return RestClientBuilder.newBuilder()
        .baseUri(URI.create(config.getApiUrl()))
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .register(new BearerToken(openIdContext, replicatedSignIn, actingOrganisation))
        .register(ProblemResponseMapper.class)
        .build(api);
  }

  /**
   * Adds the signed-in user's access token to each request, and the organisation they chose to act
   * for when they chose one. The token is the OpenID mechanism's on the instance where the user
   * signed in, and the session's replicated copy on any other.
   */
  static final class BearerToken implements ClientRequestFilter {
    private final OpenIdContext openIdContext;
    private final ReplicatedSignIn replicatedSignIn;
    private final ActingOrganisation actingOrganisation;

    BearerToken(
        OpenIdContext openIdContext,
        ReplicatedSignIn replicatedSignIn,
        ActingOrganisation actingOrganisation) {
      this.openIdContext = openIdContext;
      this.replicatedSignIn = replicatedSignIn;
      this.actingOrganisation = actingOrganisation;
    }

    @Override
    public void filter(ClientRequestContext request) {
      AccessToken own = openIdContext.getAccessToken();
      String token =
          own != null
              ? own.getToken()
              : replicatedSignIn
                  .accessToken()
                  .orElseThrow(() -> new IllegalStateException("No sign-in in this session"));
      request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
      actingOrganisation
          .alias()
          .ifPresent(alias -> request.getHeaders().putSingle(ActingOrganisation.HEADER, alias));
    }
  }
}
