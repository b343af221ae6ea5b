package org.openneighbourhood.api.person.boundary;

import static org.openneighbourhood.api.access.entity.Operation.PERSON_ETHNICITY;
import static org.openneighbourhood.api.access.entity.Operation.PERSON_FIND;
import static org.openneighbourhood.api.access.entity.Operation.PERSON_READ;
import static org.openneighbourhood.api.access.entity.Operation.PERSON_REGISTER;
import static org.openneighbourhood.api.access.entity.Operation.PERSON_SAFEGUARDING_NOTE_ADD;
import static org.openneighbourhood.api.access.entity.Operation.PERSON_SEX;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.http.boundary.Versions;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "People and their care teams")
public class PeopleResource {

  @Inject People people;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "Find a person by NHS number (spaces allowed)")
  @Guarded(PERSON_FIND)
  public PersonView find(@QueryParam("nhsNumber") String nhsNumber) {
    return people.findByNhsNumber(caller.get(), nhsNumber);
  }

  @POST
  @Operation(summary = "Register a person")
  @Answers(
      value = PersonView.class,
      status = 201,
      description = "Registered; Location is the person")
  @Guarded(PERSON_REGISTER)
  public Response register(
      @NotNull(message = "Send the person's details") @Valid PersonRegistration registration) {
    PersonView person = people.register(caller.get(), registration);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(person.id().toString()).build())
        .entity(person)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A person")
  @Guarded(PERSON_READ)
  public PersonView get(@PathParam("id") UUID id) {
    return people.get(caller.get(), id);
  }

  @POST
  @Path("{id}/safeguarding-notes")
  @Operation(
      summary =
          "Add a safeguarding note; answers with the person (notes shown only to whom the policy"
              + " allows)")
  @Answers(
      value = PersonView.class,
      status = 201,
      description = "Added; the person with their notes")
  @Guarded(PERSON_SAFEGUARDING_NOTE_ADD)
  public Response addSafeguardingNote(
      @PathParam("id") UUID id,
      @NotNull(message = "Send the note") @Valid NewSafeguardingNote note) {
    PersonView person = people.addSafeguardingNote(caller.get(), id, note.text);
    return Response.created(uriInfo.getBaseUriBuilder().path("people/{id}").build(id))
        .entity(person)
        .build();
  }

  @PUT
  @Path("{id}/ethnicity")
  @Operation(
      summary =
          "Record the person's ethnic group (an NHS ethnic category code, A to S, or Z for not"
              + " stated) with their agreement: personAgreed must be true, else a 400 naming it"
              + " (If-Match: ethnicity.version); answers with the person")
  @Guarded(PERSON_ETHNICITY)
  public PersonView recordEthnicity(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Choose an ethnic group") EthnicityChoice choice) {
    return people.recordEthnicity(caller.get(), id, choice, Versions.ifMatch(ifMatch));
  }

  @PUT
  @Path("{id}/sex")
  @Operation(
      summary =
          "Record the person's sex (an NHS stated gender code: 1 male, 2 female, 9 neither, X not"
              + " known) with their agreement: personAgreed must be true, else a 400 naming it"
              + " (If-Match: sex.version); answers with the person")
  @Guarded(PERSON_SEX)
  public PersonView recordSex(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "Choose a sex") SexChoice choice) {
    return people.recordSex(caller.get(), id, choice, Versions.ifMatch(ifMatch));
  }
}
