package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Size;

/** The body of PUT /people/{id}/plan/about-me: every part as it should now read (empty: none). */
// A class, not a record: see NewGoal.
public class AboutMeText {

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String whatMattersToMe;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String importantPeople;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String communication;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String pleaseDo;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String pleaseDont;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String wellness;
}
