package org.openneighbourhood.portal.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * referral-service's REST API as the portal uses it, one client per resource: the people an
 * organisation supports and what is waiting on whom; /caseload. Every call carries the signed-in
 * user's access token; errors arrive as {@link ApiProblemException}. Checked against the API's
 * OpenAPI document by ContractTest.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseloadApi {

  /** A page of my organisation's caseload; read it with {@link Paged#read}. */
  @GET
  @Path("caseload")
  Response caseload(
      @QueryParam("page") int page,
      @QueryParam("size") int size,
      @QueryParam("after") String after,
      @QueryParam("before") String before);
}
