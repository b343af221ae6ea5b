package org.openneighbourhood.portal.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.openneighbourhood.portal.api.NewWellbeing;
import org.openneighbourhood.portal.api.Plan;
import org.openneighbourhood.portal.layout.Pages;

/**
 * The ONS4 personal wellbeing questions, answered by the person online or with a worker, at the
 * start, at a review or in between. The questions' words are the ONS's own and must not change:
 * answers are only comparable over time (and with national figures) when asked the same way.
 */
@Named
@ViewScoped
public class WellbeingPage extends PlanForm {

  private static final long serialVersionUID = 1L;

  /** The four questions, as the ONS asks them: property name and exact wording. */
  public record Question(String field, String words) implements Serializable {}

  public static final List<Question> QUESTIONS =
      List.of(
          new Question(
              "lifeSatisfaction", "Overall, how satisfied are you with your life nowadays?"),
          new Question(
              "worthwhile",
              "Overall, to what extent do you feel that the things you do in your life are"
                  + " worthwhile?"),
          new Question("happiness", "Overall, how happy did you feel yesterday?"),
          new Question(
              "anxiety",
              "On a scale where 0 is 'not at all anxious' and 10 is 'completely anxious',"
                  + " overall, how anxious did you feel yesterday?"));

  static final Map<String, String> FIELDS =
      Map.of(
          "occasion", "occasion",
          "lifeSatisfaction", "lifeSatisfaction",
          "worthwhile", "worthwhile",
          "happiness", "happiness",
          "anxiety", "anxiety");

  private String occasion = "";
  private String lifeSatisfaction = "";
  private String worthwhile = "";
  private String happiness = "";
  private String anxiety = "";

  public WellbeingPage() {
    errors.setAnchor("occasion", "occasion-START");
    for (Question q : QUESTIONS) {
      errors.setAnchor(q.field(), q.field() + "-0");
    }
  }

  @Override
  protected void open(Plan plan) {
    if (!plan.mayOrNothing().recordWellbeing()) {
      Pages.forbidden();
    }
  }

  public String save() {
    errors.clear();
    occasion = Pages.parameter("occasion");
    lifeSatisfaction = Pages.parameter("lifeSatisfaction");
    worthwhile = Pages.parameter("worthwhile");
    happiness = Pages.parameter("happiness");
    anxiety = Pages.parameter("anxiety");
    String when =
        Answers.oneOf(
            errors, "occasion", occasion, PlanWords.OCCASIONS, "Choose when these answers are for");
    Integer life = answer("lifeSatisfaction", lifeSatisfaction, "life satisfaction");
    Integer worth = answer("worthwhile", worthwhile, "how worthwhile");
    Integer happy = answer("happiness", happiness, "happiness yesterday");
    Integer anxious = answer("anxiety", anxiety, "anxiety yesterday");
    if (errors.isPresent()) {
      return null;
    }
    return after(
        PlanChanges.create(
            () ->
                plansApi.recordWellbeing(
                    subject.personId(), new NewWellbeing(when, life, worth, happy, anxious)),
            errors,
            FIELDS));
  }

  private Integer answer(String field, String value, String topic) {
    return Answers.score(errors, field, value, 0, 10, "Choose a number from 0 to 10 for " + topic);
  }

  public List<Question> getQuestions() {
    return QUESTIONS;
  }

  /** What was chosen for a question, to keep it when the form comes back with errors. */
  public String chosen(String field) {
    return switch (field) {
      case "lifeSatisfaction" -> lifeSatisfaction;
      case "worthwhile" -> worthwhile;
      case "happiness" -> happiness;
      case "anxiety" -> anxiety;
      default -> "";
    };
  }

  public String getOccasion() {
    return occasion;
  }
}
