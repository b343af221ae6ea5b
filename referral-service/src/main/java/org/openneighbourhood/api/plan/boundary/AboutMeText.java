package org.openneighbourhood.api.plan.boundary;

import jakarta.validation.constraints.Size;
import java.util.Set;
import org.openneighbourhood.api.person.entity.CommunicationNeed;
import org.openneighbourhood.api.person.entity.PreferredContact;
import org.openneighbourhood.api.problem.entity.TextLimits;

/** The body of PUT /people/{id}/plan/about-me: every part as it should now read (empty: none). */
// A class, not a record: see NewGoal.
public class AboutMeText {

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String whatMattersToMe;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String importantPeople;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String communication;

  /** The Accessible Information Standard's needs, coded; none when absent. */
  public Set<CommunicationNeed> communicationNeeds;

  /** How they prefer to be contacted; none when absent. */
  public PreferredContact preferredContact;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String pleaseDo;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String pleaseDont;

  @Size(max = TextLimits.LONG, message = TextLimits.LONG_MESSAGE)
  public String wellness;
}
