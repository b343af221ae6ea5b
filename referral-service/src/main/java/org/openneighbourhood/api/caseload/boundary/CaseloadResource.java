package org.openneighbourhood.api.caseload.boundary;

import static org.openneighbourhood.api.access.entity.Operation.CASELOAD_LIST;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.http.boundary.Answers;
import org.openneighbourhood.api.http.boundary.Paging;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

@Path("caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caseload", description = "The people the caller's organisation supports")
public class CaseloadResource {

  @Inject Caseload caseload;
  @Inject CurrentCaller caller;
  @Context UriInfo uriInfo;

  @GET
  @Operation(
      summary =
          "The people the caller's acting organisation supports (its care team, and those it sent"
              + " a referral about that is still open), each with what is waiting and on whom:"
              + " overdue first, then what falls due soonest, then waiting lists, then nothing"
              + " waiting; paged (X-Total-Count, Link rel next/prev with the position to start"
              + " from)")
  @Answers(value = CaseloadEntryView.class, page = true)
  @Guarded(CASELOAD_LIST)
  public Response list(
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("size") @DefaultValue("25") String size,
      @QueryParam("after") String after,
      @QueryParam("before") String before) {
    CaseloadPage list =
        caseload.list(caller.get(), CaseloadRequest.parse(page, size, after, before));
    return Paging.keyedPage(
        list.rows(),
        list.total(),
        false,
        list.page(),
        list.hasPrevious(),
        list.before(),
        list.after(),
        uriInfo);
  }
}
