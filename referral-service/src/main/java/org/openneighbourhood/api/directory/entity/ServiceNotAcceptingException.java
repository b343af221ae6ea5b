package org.openneighbourhood.api.directory.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openneighbourhood.api.problem.entity.DomainException;
import org.openneighbourhood.api.problem.entity.ProblemType;

/**
 * The service has paused referrals, takes none (signpost only), does not take them from the person
 * themselves, or no longer runs.
 */
public class ServiceNotAcceptingException extends DomainException {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ServiceNotAcceptingException(String message) {
    super(ProblemType.SERVICE_NOT_ACCEPTING, message);
  }

  public static ServiceNotAcceptingException paused(String serviceName, LocalDate reopensOn) {
    return new ServiceNotAcceptingException(
        reopensOn == null
            ? serviceName
                + " has paused new referrals and has not said when it reopens;"
                + " choose another service"
            : serviceName
                + " has paused new referrals until "
                + DAY.format(reopensOn)
                + "; choose another service or refer again from then");
  }

  public static ServiceNotAcceptingException retired(String serviceName) {
    return new ServiceNotAcceptingException(
        serviceName
            + " no longer runs: its organisation has taken it out of the directory; choose another"
            + " service");
  }

  public static ServiceNotAcceptingException signpostOnly(String serviceName) {
    return new ServiceNotAcceptingException(
        serviceName
            + " does not take referrals: tell the person how to contact it themselves, or choose"
            + " another service");
  }

  public static ServiceNotAcceptingException noSelfReferrals(String serviceName) {
    return new ServiceNotAcceptingException(
        serviceName
            + " does not take referrals from people themselves; ask your GP practice or link"
            + " worker to refer you");
  }
}
