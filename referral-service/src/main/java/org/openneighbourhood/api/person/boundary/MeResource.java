package org.openneighbourhood.api.person.boundary;

import static org.openneighbourhood.api.access.entity.Operation.ME_CONTACT;
import static org.openneighbourhood.api.access.entity.Operation.ME_ETHNICITY;
import static org.openneighbourhood.api.access.entity.Operation.ME_READ;
import static org.openneighbourhood.api.access.entity.Operation.ME_SEX;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

/** The signed-in person's own record, matched by the NHS number in their token. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "A person's own record")
public class MeResource {

  @Inject People people;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "The signed-in person")
  @Guarded(ME_READ)
  public PersonView me() {
    return people.me(caller.get());
  }

  @GET
  @Path("contact")
  @Operation(
      summary =
          "How the signed-in person wants news of their referrals: e-mail, texts (if this portal"
              + " offers them: textsOffered), both or neither")
  @Guarded(ME_READ)
  public ContactChoice contact() {
    return people.myContact(caller.get());
  }

  @PUT
  @Path("contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Choose e-mail updates or texts to a UK mobile number (07... or +447...) about your"
              + " referrals (a link only), both, or stop them; a bad number is a 400 naming mobile")
  @Guarded(ME_CONTACT)
  public ContactChoice chooseContact(
      @NotNull(message = "Say whether you want e-mail updates or texts") ContactChoice choice) {
    return people.chooseContact(caller.get(), choice);
  }

  @PUT
  @Path("ethnicity")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "State your ethnic group, optionally: an NHS ethnic category code, A to S, or Z for \"I"
              + " would rather not say\" (If-Match: ethnicity.version of GET /me); answers with"
              + " your record")
  @Guarded(ME_ETHNICITY)
  public PersonView stateEthnicity(
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Choose an ethnic group") EthnicityChoice choice) {
    return people.stateMyEthnicity(caller.get(), choice, Versions.ifMatch(ifMatch));
  }

  @DELETE
  @Path("ethnicity")
  @Operation(
      summary =
          "Remove your ethnic group: it is then not recorded at all (If-Match:"
              + " ethnicity.version); answers with your record")
  @Guarded(ME_ETHNICITY)
  public PersonView clearEthnicity(@HeaderParam("If-Match") String ifMatch) {
    return people.clearMyEthnicity(caller.get(), Versions.ifMatch(ifMatch));
  }

  @PUT
  @Path("sex")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "State your sex, optionally: an NHS stated gender code, 1 male, 2 female, 9 neither,"
              + " or X for \"I would rather not say\" (If-Match: sex.version of GET /me);"
              + " answers with your record")
  @Guarded(ME_SEX)
  public PersonView stateSex(
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Choose a sex") SexChoice choice) {
    return people.stateMySex(caller.get(), choice, Versions.ifMatch(ifMatch));
  }

  @DELETE
  @Path("sex")
  @Operation(
      summary =
          "Remove your sex: it is then not recorded at all (If-Match: sex.version); answers with"
              + " your record")
  @Guarded(ME_SEX)
  public PersonView clearSex(@HeaderParam("If-Match") String ifMatch) {
    return people.clearMySex(caller.get(), Versions.ifMatch(ifMatch));
  }
}
