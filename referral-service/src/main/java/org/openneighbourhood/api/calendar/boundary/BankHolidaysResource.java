package org.openneighbourhood.api.calendar.boundary;

import static org.openneighbourhood.api.access.entity.Operation.CALENDAR_READ;
import static org.openneighbourhood.api.access.entity.Operation.CALENDAR_UPDATE;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openneighbourhood.api.access.entity.Guarded;
import org.openneighbourhood.api.identity.boundary.CurrentCaller;

@Path("calendar/bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Bank holidays that response deadlines skip")
public class BankHolidaysResource {

  @Inject BankHolidays bankHolidays;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "England and Wales bank holidays known to the portal")
  @Guarded(CALENDAR_READ)
  public List<BankHolidayView> list() {
    return bankHolidays.list(caller.get());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Load bank holidays from GOV.UK's file (https://www.gov.uk/bank-holidays.json)")
  @Guarded(CALENDAR_UPDATE)
  public List<BankHolidayView> load(
      @NotNull(message = "Send GOV.UK's bank holidays file")
          Map<String, GovUkBankHolidays.Division> file) {
    return bankHolidays.load(caller.get(), file);
  }
}
