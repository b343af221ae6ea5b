package org.openneighbourhood.api.directory.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openneighbourhood.api.directory.entity.Languages;
import org.openneighbourhood.api.directory.entity.ServiceDetails;
import org.openneighbourhood.api.problem.entity.FieldProblem;
import org.openneighbourhood.api.problem.entity.InvalidInputException;

/**
 * The body of POST /services and PUT /services/{id}: the organisation's own words about its
 * service. Languages left out (null) are kept as they are; an empty list says it has none listed.
 */
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
  public List<String> languages;
  public Integer responseDays;
  public Boolean acceptsReferrals;
  public Boolean acceptsSelfReferral;

  public ServiceEntry() {}

  /** Every problem of the entry, field by field. */
  List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>(details().problems());
    problems.addAll(Languages.problems(languages));
    return problems;
  }

  /**
   * @throws InvalidInputException naming every field that breaks a rule
   */
  ServiceDetails checked() {
    List<FieldProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return details();
  }

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
