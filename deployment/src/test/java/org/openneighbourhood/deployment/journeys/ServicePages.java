package org.openneighbourhood.deployment.journeys;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What the service journeys read off an organisation admin's service pages. */
final class ServicePages {

  private ServicePages() {}

  /** A category other than "Money and debt", which the directory's tests count the services of. */
  static String categoryOtherThanMoneyAndDebt(Browser browser) {
    for (WebElement box : browser.driver().findElements(By.name("categories"))) {
      String id = box.getAttribute("id");
      String label =
          browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).getText();
      if (!label.strip().equals("Money and debt")) {
        return id;
      }
    }
    throw new AssertionError("no category but Money and debt");
  }

  /** The new service's id, from its row on the organisation's list of services. */
  static String serviceIdOf(Browser browser, String name) {
    WebElement row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//div[contains(@class,'nhsuk-summary-list__row')][dt[normalize-space()='"
                        + name
                        + "']]//span[starts-with(@id,'capacity-')]"));
    return row.getAttribute("id").substring("capacity-".length());
  }
}
