package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.openneighbourhood.api.plan.entity.CommunicationNeed;
import org.openneighbourhood.api.plan.entity.PreferredContact;

/** The body of PUT /people/{id}/plan/about-me: every part as it should now read (empty: none). */
// A class, not a record: see NewGoal.
public class AboutMeText {

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String whatMattersToMe;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String importantPeople;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String communication;

  /** The Accessible Information Standard's needs, coded; none when absent. */
  public Set<CommunicationNeed> communicationNeeds;

  /** How they prefer to be contacted; none when absent. */
  public PreferredContact preferredContact;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String pleaseDo;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String pleaseDont;

  @Size(max = 2000, message = "Use at most 2000 characters")
  public String wellness;
}
