package org.openneighbourhood.api.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.openneighbourhood.api.access.control.Access;
import org.openneighbourhood.api.access.control.AccessPolicy;
import org.openneighbourhood.api.access.control.Audited;
import org.openneighbourhood.api.access.entity.AuditEvent.RecordType;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Operation;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.identity.control.Invitations;
import org.openneighbourhood.api.identity.control.Keycloak;
import org.openneighbourhood.api.identity.entity.KeycloakOrganisation;
import org.openneighbourhood.api.organisation.control.Areas;
import org.openneighbourhood.api.organisation.control.OrganisationRepository;
import org.openneighbourhood.api.organisation.entity.Identifiers;
import org.openneighbourhood.api.organisation.entity.Organisation;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * Use case of a platform admin: a partner organisation joins the neighbourhood. It is written to
 * the database and to Keycloak (where its people sign in), and its first admin is invited. The
 * database row is written first, so a failure in Keycloak leaves nothing behind here; a retry
 * reuses a Keycloak organisation left over from a failed attempt. It may name the PCN whose area it
 * belongs to (see {@link Organisation}).
 */
@ApplicationScoped
@Transactional
@Audited
public class Onboarding {

  private static final int MAX_ALIAS = 60;

  @Inject AccessPolicy policy;
  @Inject OrganisationRepository organisations;
  @Inject Areas areas;
  @Inject Keycloak keycloak;
  @Inject Invitations invitations;

  public OrganisationView onboard(Caller caller, NewOrganisation request) {
    Access access =
        policy.checkWithoutPerson(caller, Operation.ORGANISATION_ONBOARD, RecordType.ORGANISATION);
    Identifiers identifiers =
        new Identifiers(request.odsCode, request.charityNumber, request.companyNumber)
            .checkedFor(request.sector);
    String name = request.name.strip();
    if (organisations.all().stream().anyMatch(o -> o.name().equalsIgnoreCase(name))) {
      throw new InvalidInputException("name", "An organisation with this name is already here");
    }
    String alias = freeAlias(name);
    Organisation organisation =
        new Organisation(
            UUID.randomUUID(),
            alias,
            name,
            request.sector,
            identifiers.odsCode(),
            identifiers.charityNumber(),
            identifiers.companyNumber());
    organisation.belongToAreaOf(areas.chosen(request.pcnId));
    organisations.add(organisation);
    String keycloakId =
        keycloak
            .organisationId(alias)
            .orElseGet(() -> keycloak.createOrganisation(toKeycloak(organisation, request)));
    invitations.invite(
        keycloakId,
        request.adminEmail.strip().toLowerCase(Locale.ROOT),
        request.adminFirstName.strip(),
        request.adminLastName.strip(),
        List.of(Role.ORG_ADMIN));
    access.record(RecordType.ORGANISATION, organisation.id());
    return OrganisationView.of(organisation);
  }

  /** A readable alias from the name (Green Minds Wellbeing: green-minds-wellbeing), unique here. */
  private String freeAlias(String name) {
    String base =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (base.isEmpty()) {
      base = "organisation";
    }
    base = base.length() > MAX_ALIAS ? base.substring(0, MAX_ALIAS).replaceAll("-+$", "") : base;
    String alias = base;
    for (int n = 2; organisations.findByAlias(alias).isPresent(); n++) {
      alias = base + "-" + n;
    }
    return alias;
  }

  private static KeycloakOrganisation toKeycloak(
      Organisation organisation, NewOrganisation request) {
    Map<String, List<String>> attributes = new HashMap<>();
    attributes.put("sector", List.of(organisation.sector().name()));
    organisation.odsCode().ifPresent(code -> attributes.put("odsCode", List.of(code)));
    organisation.charityNumber().ifPresent(n -> attributes.put("charityNumber", List.of(n)));
    organisation.companyNumber().ifPresent(n -> attributes.put("companyNumber", List.of(n)));
    List<KeycloakOrganisation.Domain> domains = new ArrayList<>();
    if (request.emailDomain != null && !request.emailDomain.isBlank()) {
      domains.add(
          new KeycloakOrganisation.Domain(
              request.emailDomain.strip().toLowerCase(Locale.ROOT), false));
    }
    return new KeycloakOrganisation(
        null, organisation.alias(), organisation.name(), true, domains, attributes);
  }
}
