package org.openneighbourhood.identity.provisioning;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Brings a realm in line with a {@link NeighbourhoodFile}: creates what is missing and adds missing
 * roles, memberships and partner systems' scopes. Running it twice changes nothing the second time;
 * it never deletes.
 */
public class Provisioner {

  private static final Logger LOG = Logger.getLogger(Provisioner.class.getName());

  private static final int PAGE = 100;

  private final RealmResource realm;

  public Provisioner(RealmResource realm) {
    this.realm = realm;
  }

  /** Counts of what was created, for the operator. */
  public record Outcome(int organisations, int users, int clients) {}

  public Outcome provision(NeighbourhoodFile file) {
    Map<String, String> organisationIds = new HashMap<>();
    int createdOrganisations = 0;
    for (NeighbourhoodFile.Organisation o : file.organisations()) {
      Optional<OrganizationRepresentation> existing = findOrganisation(o.alias());
      if (existing.isPresent()) {
        organisationIds.put(o.alias(), existing.get().getId());
      } else {
        organisationIds.put(o.alias(), createOrganisation(o));
        createdOrganisations++;
      }
    }
    int createdUsers = 0;
    for (NeighbourhoodFile.Person p : file.users()) {
      List<UserRepresentation> found = realm.users().searchByUsername(p.username(), true);
      String userId;
      if (found.isEmpty()) {
        userId = createUser(p);
        createdUsers++;
      } else {
        userId = found.get(0).getId();
      }
      grantRoles(realm.users().get(userId), p);
      for (String alias : p.organisations()) {
        joinOrganisation(realm.organizations().get(organisationIds.get(alias)), userId);
      }
    }
    int createdClients = 0;
    for (ClientRepresentation client : file.clients()) {
      if (realm.clients().findByClientId(client.getClientId()).isEmpty()) {
        try (Response response = realm.clients().create(client)) {
          CreatedResponseUtil.getCreatedId(response);
        }
        createdClients++;
      }
    }
    for (NeighbourhoodFile.Partner partner : file.partners()) {
      List<ClientRepresentation> existing = realm.clients().findByClientId(partner.clientId());
      if (existing.isEmpty()) {
        createPartner(partner);
        createdClients++;
      } else {
        grantMissingScopes(realm.clients().get(existing.get(0).getId()), partner);
      }
    }
    LOG.info(
        () ->
            "Provisioned realm "
                + realm.toRepresentation().getRealm()
                + ": "
                + file.organisations().size()
                + " organisations, "
                + file.users().size()
                + " users, "
                + file.clients().size()
                + " clients checked");
    return new Outcome(createdOrganisations, createdUsers, createdClients);
  }

  /**
   * By alias, page by page: Keycloak's organisation search matches names, not aliases, so an
   * existing organisation would not be found and a second run would try to create it again.
   */
  private Optional<OrganizationRepresentation> findOrganisation(String alias) {
    for (int first = 0; ; first += PAGE) {
      List<OrganizationRepresentation> page = realm.organizations().list(first, PAGE);
      Optional<OrganizationRepresentation> match =
          page.stream().filter(o -> alias.equals(o.getAlias())).findFirst();
      if (match.isPresent() || page.size() < PAGE) {
        return match;
      }
    }
  }

  private String createOrganisation(NeighbourhoodFile.Organisation o) {
    OrganizationRepresentation rep = new OrganizationRepresentation();
    rep.setAlias(o.alias());
    rep.setName(o.name());
    rep.setEnabled(true);
    if (o.domain() != null) {
      OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
      domain.setName(o.domain());
      domain.setVerified(false);
      rep.addDomain(domain);
    }
    Map<String, List<String>> attributes = new HashMap<>();
    if (o.attributes() != null) {
      attributes.putAll(o.attributes());
    }
    attributes.put("sector", List.of(o.sector().name()));
    rep.setAttributes(attributes);
    try (Response response = realm.organizations().create(rep)) {
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  /** The claim the API reads a partner system's organisation from (its alias). */
  public static final String PARTNER_ORGANISATION_CLAIM = "partner_organisation";

  /** The realm role every partner system's service account holds. */
  public static final String PARTNER_ROLE = "partner-system";

  /**
   * A partner system: a confidential client with only the client-credentials grant, whose tokens
   * carry the API's audience, the role {@value #PARTNER_ROLE} in {@code groups}, the organisation
   * it acts for as a fixed claim (so the API asks Keycloak nothing per request), and its SMART
   * scopes in {@code scope}.
   */
  private void createPartner(NeighbourhoodFile.Partner partner) {
    for (String scope : partner.scopes()) {
      ensureScope(scope);
    }
    ClientRepresentation rep = new ClientRepresentation();
    rep.setClientId(partner.clientId());
    rep.setName(partner.name());
    rep.setDescription("Partner system of " + partner.organisation() + ": BaRS referrals");
    rep.setEnabled(true);
    rep.setProtocol("openid-connect");
    rep.setPublicClient(false);
    rep.setClientAuthenticatorType("client-secret");
    if (partner.secret() != null) {
      rep.setSecret(partner.secret());
    }
    rep.setServiceAccountsEnabled(true);
    rep.setStandardFlowEnabled(false);
    rep.setImplicitFlowEnabled(false);
    rep.setDirectAccessGrantsEnabled(false);
    rep.setFullScopeAllowed(true);
    rep.setProtocolMappers(
        List.of(
            mapper(
                "referral-service audience",
                "oidc-audience-mapper",
                Map.of("included.client.audience", "referral-service")),
            mapper(
                "partner organisation",
                "oidc-hardcoded-claim-mapper",
                Map.of(
                    "claim.name",
                    PARTNER_ORGANISATION_CLAIM,
                    "claim.value",
                    partner.organisation(),
                    "jsonType.label",
                    "String"))));
    List<String> scopes = new java.util.ArrayList<>(List.of("basic", "roles", "microprofile-jwt"));
    scopes.addAll(partner.scopes());
    rep.setDefaultClientScopes(scopes);
    String id;
    try (Response response = realm.clients().create(rep)) {
      id = CreatedResponseUtil.getCreatedId(response);
    }
    ClientResource client = realm.clients().get(id);
    UserResource account = realm.users().get(client.getServiceAccountUser().getId());
    account.roles().realmLevel().add(List.of(partnerRole()));
  }

  /**
   * The realm file's role; created here for a realm imported before it had one (a kept local
   * Keycloak), so that onboarding a partner never depends on when the realm was imported.
   */
  private RoleRepresentation partnerRole() {
    if (realm.roles().list().stream().noneMatch(r -> PARTNER_ROLE.equals(r.getName()))) {
      RoleRepresentation role = new RoleRepresentation();
      role.setName(PARTNER_ROLE);
      role.setDescription("A partner organisation's own system (a service account)");
      realm.roles().create(role);
    }
    return realm.roles().get(PARTNER_ROLE).toRepresentation();
  }

  /**
   * A partner onboarded before the file gave it a scope (the demo's GP system in a Keycloak kept
   * from an earlier local run) gets it now, as a user gets a missing role. A scope the file no
   * longer lists is left in place: provisioning never takes anything away.
   */
  private void grantMissingScopes(ClientResource client, NeighbourhoodFile.Partner partner) {
    Set<String> held =
        client.getDefaultClientScopes().stream()
            .map(ClientScopeRepresentation::getName)
            .collect(Collectors.toSet());
    for (String scope : partner.scopes()) {
      if (!held.contains(scope)) {
        client.addDefaultClientScope(ensureScope(scope));
        LOG.info(() -> "Gave partner system " + partner.clientId() + " the scope " + scope);
      }
    }
  }

  /**
   * A client scope that only names itself in the token's {@code scope} claim.
   *
   * @return its id
   */
  private String ensureScope(String name) {
    Optional<ClientScopeRepresentation> existing =
        realm.clientScopes().findAll().stream().filter(s -> name.equals(s.getName())).findFirst();
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    ClientScopeRepresentation scope = new ClientScopeRepresentation();
    scope.setName(name);
    scope.setProtocol("openid-connect");
    scope.setAttributes(
        Map.of("include.in.token.scope", "true", "display.on.consent.screen", "false"));
    try (Response response = realm.clientScopes().create(scope)) {
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  private static ProtocolMapperRepresentation mapper(
      String name, String type, Map<String, String> settings) {
    ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
    mapper.setName(name);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper(type);
    Map<String, String> config = new HashMap<>(settings);
    config.put("access.token.claim", "true");
    config.put("id.token.claim", "false");
    config.put("introspection.token.claim", "true");
    mapper.setConfig(config);
    return mapper;
  }

  private String createUser(NeighbourhoodFile.Person p) {
    UserRepresentation rep = new UserRepresentation();
    rep.setUsername(p.username());
    rep.setEmail(p.email());
    rep.setFirstName(p.firstName());
    rep.setLastName(p.lastName());
    rep.setEnabled(true);
    rep.setEmailVerified(true);
    rep.setAttributes(p.attributes().isEmpty() ? null : Map.copyOf(p.attributes()));
    if (p.password() != null) {
      CredentialRepresentation credential = new CredentialRepresentation();
      credential.setType(CredentialRepresentation.PASSWORD);
      credential.setValue(p.password());
      credential.setTemporary(false);
      rep.setCredentials(List.of(credential));
    } else {
      rep.setRequiredActions(List.of("UPDATE_PASSWORD"));
    }
    try (Response response = realm.users().create(rep)) {
      return CreatedResponseUtil.getCreatedId(response);
    }
  }

  private void grantRoles(UserResource user, NeighbourhoodFile.Person p) {
    List<String> held =
        user.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName).toList();
    List<RoleRepresentation> missing =
        p.roles().stream()
            .filter(r -> !held.contains(r))
            .map(r -> realm.roles().get(r).toRepresentation())
            .toList();
    if (!missing.isEmpty()) {
      user.roles().realmLevel().add(missing);
    }
  }

  private static void joinOrganisation(OrganizationResource organisation, String userId) {
    boolean member =
        organisation.members().getAll().stream().anyMatch(m -> userId.equals(m.getId()));
    if (!member) {
      try (Response response = organisation.members().addMember(userId)) {
        if (response.getStatus() >= 300) {
          throw new IllegalStateException(
              "Keycloak refused to add a member to an organisation: HTTP " + response.getStatus());
        }
      }
    }
  }
}
