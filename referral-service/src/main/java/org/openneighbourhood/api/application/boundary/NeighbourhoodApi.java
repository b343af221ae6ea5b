package org.openneighbourhood.api.application.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.openneighbourhood.api.access.entity.Role;

/** The REST API. The war is deployed at /api, so resources live at /api/... */
@ApplicationPath("/")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Role.LINK_WORKER,
  Role.GP_STAFF,
  Role.SOCIAL_CARE,
  Role.VCFSE_STAFF,
  Role.ORG_ADMIN,
  Role.COMMISSIONER,
  Role.PERSON,
  Role.PLATFORM_ADMIN,
  Role.PARTNER_SYSTEM
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Neighbourhood portal API",
            version = "0.1.0",
            description =
                "Referrals and one joined-up plan around the person's own goals, shared by GP"
                    + " practices, social care and VCFSE partners. Errors are RFC 9457 problem"
                    + " details (application/problem+json)."),
    security = @SecurityRequirement(name = NeighbourhoodApi.BEARER))
@SecurityScheme(
    securitySchemeName = NeighbourhoodApi.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token from the neighbourhood Keycloak realm")
public class NeighbourhoodApi extends Application {

  static final String BEARER = "bearer";
}
