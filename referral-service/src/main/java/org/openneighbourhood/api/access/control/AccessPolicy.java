package org.openneighbourhood.api.access.control;

import static org.openneighbourhood.api.access.entity.Role.GP_STAFF;
import static org.openneighbourhood.api.access.entity.Role.LINK_WORKER;
import static org.openneighbourhood.api.access.entity.Role.PERSON;
import static org.openneighbourhood.api.access.entity.Role.SOCIAL_CARE;
import static org.openneighbourhood.api.access.entity.Role.VCFSE_STAFF;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.openneighbourhood.api.access.entity.AccessDeniedException;
import org.openneighbourhood.api.access.entity.Caller;
import org.openneighbourhood.api.access.entity.Role;
import org.openneighbourhood.api.person.entity.NhsNumber;
import org.openneighbourhood.api.problem.entity.InvalidInputException;
import org.openneighbourhood.api.referral.entity.Referral;

/**
 * Every access rule of the API in one place: which roles may do what, for which organisation, and
 * about which person. Resources carry {@code @RolesAllowed} as a first gate; the relationship rules
 * (own organisation, receiver of a referral, own record) can only be decided here.
 */
@ApplicationScoped
public class AccessPolicy {

  /** Roles that refer people and look after their record and plan. */
  static final Set<String> REFERRERS = Set.of(LINK_WORKER, GP_STAFF, SOCIAL_CARE);

  /** Roles whose organisation can receive and decide on referrals. */
  static final Set<String> RECEIVERS = Set.of(VCFSE_STAFF, GP_STAFF, SOCIAL_CARE);

  static final Set<String> STAFF = Set.of(LINK_WORKER, GP_STAFF, SOCIAL_CARE, VCFSE_STAFF);

  public void checkCanBrowseDirectory(Caller caller) {
    requireAnyRole(caller, Role.ALL);
  }

  public void checkCanManagePeople(Caller caller) {
    requireAnyRole(caller, REFERRERS);
  }

  public void checkCanWritePlan(Caller caller) {
    requireAnyRole(caller, REFERRERS);
  }

  /**
   * Referrers read plans; VCFSE staff only when their acting organisation received a referral about
   * the person.
   */
  public void checkCanReadPlan(Caller caller, Set<String> organisationsThatReceivedReferrals) {
    if (caller.hasAnyRole(REFERRERS)) {
      return;
    }
    requireAnyRole(caller, Set.of(VCFSE_STAFF));
    if (!organisationsThatReceivedReferrals.contains(actingOrganisation(caller))) {
      throw AccessDeniedException.forbidden(
          "Your organisation has not received a referral about this person");
    }
  }

  /** Returns the alias of the organisation the referral is sent from. */
  public String checkCanSend(Caller caller) {
    requireAnyRole(caller, REFERRERS);
    return actingOrganisation(caller);
  }

  public String checkCanListSent(Caller caller) {
    requireAnyRole(caller, REFERRERS);
    return actingOrganisation(caller);
  }

  public String checkCanListInbox(Caller caller) {
    requireAnyRole(caller, RECEIVERS);
    return actingOrganisation(caller);
  }

  /** Staff of the referring or the receiving organisation. */
  public void checkCanView(Caller caller, Referral referral) {
    requireAnyRole(caller, STAFF);
    String acting = actingOrganisation(caller);
    if (!acting.equals(referral.referringOrganisation().alias())
        && !acting.equals(referral.receivingOrganisation().alias())) {
      throw AccessDeniedException.forbidden("This referral is not for your organisation");
    }
  }

  /** Only the receiving organisation decides on a referral. */
  public void checkCanDecide(Caller caller, Referral referral) {
    requireAnyRole(caller, RECEIVERS);
    if (!actingOrganisation(caller).equals(referral.receivingOrganisation().alias())) {
      throw AccessDeniedException.forbidden(
          "Only the organisation that received the referral can decide on it");
    }
  }

  /** Returns the NHS number of the signed-in person, the only record they may see. */
  public NhsNumber checkIsPerson(Caller caller) {
    requireAnyRole(caller, Set.of(PERSON));
    String claim =
        caller
            .nhsNumberClaim()
            .orElseThrow(() -> AccessDeniedException.forbidden("Your account has no NHS number"));
    try {
      return NhsNumber.parse(claim);
    } catch (InvalidInputException notANumber) {
      throw AccessDeniedException.forbidden("Your account's NHS number is not valid");
    }
  }

  /**
   * The organisation the caller acts for: their only organisation, or the one they chose with
   * X-Acting-Organisation, which must be one of theirs.
   */
  public String actingOrganisation(Caller caller) {
    var requested = caller.requestedOrganisationAlias();
    if (requested.isPresent()) {
      if (!caller.organisations().contains(requested.get())) {
        throw AccessDeniedException.forbidden("You are not a member of the organisation you chose");
      }
      return requested.get();
    }
    if (caller.organisations().size() == 1) {
      return caller.organisations().get(0);
    }
    if (caller.organisations().isEmpty()) {
      throw AccessDeniedException.noActingOrganisation("You do not belong to an organisation");
    }
    throw AccessDeniedException.noActingOrganisation(
        "You belong to several organisations: choose one with the X-Acting-Organisation header");
  }

  private static void requireAnyRole(Caller caller, Set<String> roles) {
    if (!caller.hasAnyRole(roles)) {
      throw AccessDeniedException.forbidden("Your role does not allow this");
    }
  }
}
