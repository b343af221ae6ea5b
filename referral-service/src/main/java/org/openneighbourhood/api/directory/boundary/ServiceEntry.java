package org.openneighbourhood.api.directory.boundary;

import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.ServiceDetails;

/** The body of PUT /services/{id}: the organisation's own words about its service. */
public class ServiceEntry {

  public String name;
  public String description;
  public List<UUID> categoryIds;
  public Integer minAge;
  public Integer maxAge;
  public String eligibility;
  public String area;
  public String fees;
  public String url;
  public String email;
  public String phone;
  public Integer responseDays;
  public Boolean acceptsReferrals;
  public Boolean acceptsSelfReferral;

  public ServiceEntry() {}

  ServiceDetails details() {
    return new ServiceDetails(
        name,
        description,
        minAge,
        maxAge,
        eligibility,
        area,
        fees,
        url,
        email,
        phone,
        responseDays == null ? 0 : responseDays,
        acceptsReferrals == null || acceptsReferrals,
        acceptsSelfReferral != null && acceptsSelfReferral);
  }
}
