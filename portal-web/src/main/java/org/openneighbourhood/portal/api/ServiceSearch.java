package org.openneighbourhood.portal.api;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** One page of a directory search: the services as the body, the paging in headers. */
public record ServiceSearch(
    List<ServiceMatch> services,
    long total,
    int page,
    int size,
    boolean hasNext,
    boolean hasPrevious) {

  private static final GenericType<List<ServiceMatch>> MATCHES = new GenericType<>() {};

  /** Reads (and closes) a search answer that was asked for {@code page} of {@code size}. */
  public static ServiceSearch read(Response response, int page, int size) {
    try (response) {
      List<ServiceMatch> services = response.readEntity(MATCHES);
      List<ServiceMatch> found = services == null ? List.of() : services;
      return new ServiceSearch(
          found,
          ReferralList.total(response.getHeaderString("X-Total-Count"), found.size()),
          page,
          size,
          response.getLink("next") != null,
          response.getLink("prev") != null);
    }
  }

  public long getPages() {
    return Math.max(1, (total + size - 1) / size);
  }

  public boolean isEmpty() {
    return services.isEmpty();
  }
}
