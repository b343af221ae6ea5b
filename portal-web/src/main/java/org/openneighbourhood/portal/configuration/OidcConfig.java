package org.openneighbourhood.portal.configuration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.Config;

/**
 * The sign-in settings as EL names: the Jakarta Security OpenID annotation takes EL in its
 * attributes, not MicroProfile Config references.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

  @Inject Config config;

  public String getProviderUri() {
    return PortalSetting.OIDC_PROVIDER_URI.read(config);
  }

  public String getClientId() {
    return PortalSetting.OIDC_CLIENT_ID.read(config);
  }

  public String getClientSecret() {
    return PortalSetting.OIDC_CLIENT_SECRET.read(config);
  }

  /**
   * An endpoint of the provider's realm, {@code path} after its address (a trailing slash of the
   * configured address dropped): the discovery document, the token and end-session endpoints.
   */
  public URI providerEndpoint(String path) {
    return URI.create(getProviderUri().replaceAll("/+$", "") + path);
  }

  /** Scheme, host and port of the provider, for the Content-Security-Policy's form-action. */
  public String getProviderOrigin() {
    URI uri = URI.create(getProviderUri());
    return uri.getScheme() + "://" + uri.getAuthority();
  }

  public String getApiUrl() {
    return PortalSetting.API_URL.read(config);
  }
}
