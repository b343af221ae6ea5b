package org.openneighbourhood.deployment.journeys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A person's plan and the forms that change it, as the care team (/plans/...) or the person
 * (/my/...) uses them: the same element ids on both.
 */
final class PlanPages {

  private final Browser browser;
  private final String planPage;

  private PlanPages(Browser browser, String planPage) {
    this.browser = browser;
    this.planPage = planPage;
  }

  /** The care team's pages. */
  static PlanPages ofCareTeam(Browser browser) {
    return new PlanPages(browser, "/plans/plan.xhtml");
  }

  /** The person's own pages. */
  static PlanPages ofPerson(Browser browser) {
    return new PlanPages(browser, "/my/plan.xhtml");
  }

  void open(String personId) {
    browser.open(planPage + (planPage.startsWith("/plans/") ? "?person=" + personId : ""));
    browser.arrivedAt(planPage);
  }

  /** Follows a link on the plan page to one of its forms. */
  void follow(String linkId, String page) {
    browser.click(linkId);
    browser.arrivedAt(page);
  }

  /** Changes "about me": field id (whatMattersToMe, communication...) to text. */
  void saveAboutMe(Map<String, String> parts) {
    follow("edit-about-me", "about-me.xhtml");
    parts.forEach(browser::type);
    browser.click("save-about-me");
    browser.arrivedAt(planPage);
  }

  void fillGoal(String words, String importance, String confidence) {
    browser.type("description", words);
    if (importance != null) {
      browser.select("importance", importance);
    }
    if (confidence != null) {
      browser.select("confidence", confidence);
    }
  }

  void addGoal(String words, String importance, String confidence) {
    follow("add-goal", "goal.xhtml");
    fillGoal(words, importance, confidence);
    browser.click("save-goal");
    browser.arrivedAt(planPage);
  }

  /** The id of the goal with these words, read from its card. */
  String goalId(String words) {
    WebElement card =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//li[contains(@class,'portal-goal')][.//*[contains(@class,'goal-words')"
                        + " and normalize-space()="
                        + literal(words)
                        + "]]"));
    return card.getAttribute("id").substring("goal-".length());
  }

  /** The id of the action with these words. */
  String actionId(String words) {
    WebElement action =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//li[contains(@class,'portal-action')][.//*[contains(@class,'action-words')"
                        + " and normalize-space()="
                        + literal(words)
                        + "]]"));
    return action.getAttribute("id").substring("action-".length());
  }

  void addAction(String goalId, String what, String owner, LocalDate due, String notes) {
    follow("add-action-" + goalId, "new-action.xhtml");
    browser.type("description", what);
    new Select(browser.find("owner")).selectByVisibleText(owner);
    typeDate("dueOn", due);
    browser.type("notes", notes);
    browser.click("save-action");
    browser.arrivedAt(planPage);
  }

  void updateAction(String actionId, String status, String notes) {
    follow("update-action-" + actionId, "action.xhtml");
    browser.choose("status-" + status);
    browser.type("notes", notes);
    browser.click("save-action");
    browser.arrivedAt(planPage);
  }

  void saveReview(LocalDate on, String owner) {
    follow("edit-review", "review.xhtml");
    typeDate("reviewOn", on);
    new Select(browser.find("owner")).selectByVisibleText(owner);
    browser.click("save-review");
    browser.arrivedAt(planPage);
  }

  void saveContingency(String whatMightGoWrong, String whatToDo, String whoToContact) {
    follow("edit-contingency", "contingency.xhtml");
    browser.type("whatMightGoWrong", whatMightGoWrong);
    browser.type("whatToDo", whatToDo);
    browser.type("whoToContact", whoToContact);
    browser.click("save-contingency");
    browser.arrivedAt(planPage);
  }

  /** Adds a note from a goal's own link (goalId) or the plan's (null). */
  void addNote(String goalId, String text) {
    follow(goalId == null ? "add-note" : "add-note-" + goalId, "note.xhtml");
    browser.type("text", text);
    browser.click("save-note");
    browser.arrivedAt(planPage);
  }

  /** Chooses the occasion and the four answers on the wellbeing form (null leaves one out). */
  void answerWellbeing(
      String occasion, Integer life, Integer worth, Integer happy, Integer anxious) {
    if (occasion != null) {
      browser.choose("occasion-" + occasion);
    }
    String[] fields = {"lifeSatisfaction", "worthwhile", "happiness", "anxiety"};
    Integer[] answers = {life, worth, happy, anxious};
    for (int i = 0; i < fields.length; i++) {
      if (answers[i] != null) {
        browser.choose(fields[i] + "-" + answers[i]);
      }
    }
  }

  void typeDate(String field, LocalDate date) {
    browser.type(field + "-day", date == null ? "" : Integer.toString(date.getDayOfMonth()));
    browser.type(field + "-month", date == null ? "" : Integer.toString(date.getMonthValue()));
    browser.type(field + "-year", date == null ? "" : Integer.toString(date.getYear()));
  }

  List<String> goals() {
    return texts(By.className("goal-words"));
  }

  List<String> notes() {
    return texts(By.className("progress-note"));
  }

  List<String> wellbeingRows() {
    return texts(By.className("wellbeing-row"));
  }

  List<String> history() {
    return texts(By.className("history-entry"));
  }

  private List<String> texts(By by) {
    return browser.driver().findElements(by).stream().map(WebElement::getText).toList();
  }

  /** An XPath string literal for text that may hold an apostrophe. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
