package org.openneighbourhood.portal.myplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.openneighbourhood.portal.api.ApiProblemException;
import org.openneighbourhood.portal.api.CareTeamMember;
import org.openneighbourhood.portal.api.MeApi;
import org.openneighbourhood.portal.api.Person;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.api.Referral;
import org.openneighbourhood.portal.plan.PlanSubject;
import org.openneighbourhood.portal.plan.WellbeingChart;

/** The signed-in person's own plan, in plain English, and their referrals and care team. */
@Named
@RequestScoped
public class MyPlanPage {

  @Inject MeApi meApi;

  private Person me;
  private Plan plan;
  private PlanSubject subject;
  private WellbeingChart chart;
  private List<Referral> referrals = List.of();
  private List<CareTeamMember> careTeam = List.of();

  public void load() {
    me = ApiProblemException.unlessNotFound(meApi::me).orElse(null);
    if (me == null) {
      return;
    }
    subject = new PlanSubject(me.id(), true);
    plan = meApi.myPlan();
    chart = WellbeingChart.of(plan.wellbeingOrEmpty(), true);
    referrals = meApi.myReferrals();
    careTeam = meApi.myCareTeam().stream().filter(CareTeamMember::current).toList();
  }

  /** The organisations involved with me now. */
  public List<CareTeamMember> getCareTeam() {
    return careTeam;
  }

  public boolean isRegistered() {
    return me != null;
  }

  public Person getMe() {
    return me;
  }

  public Plan getPlan() {
    return plan;
  }

  /** The person asked for large print: their own pages are set larger. */
  public boolean isLargePrint() {
    return plan != null && plan.needs("LARGE_PRINT");
  }

  /** The person asked for easy read: their plan is introduced in easy-read words. */
  public boolean isEasyRead() {
    return plan != null && plan.needs("EASY_READ");
  }

  public PlanSubject getSubject() {
    return subject;
  }

  public WellbeingChart getChart() {
    return chart;
  }

  public List<Referral> getReferrals() {
    return referrals;
  }
}
