package org.openneighbourhood.deployment.journeys;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers a journey opens ({@code @RegisterExtension final Browsers browsers = new
 * Browsers();}): when the journey fails, each keeps the page it last showed as evidence; after
 * every journey, each is closed.
 */
final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

  private final List<Browser> open = new ArrayList<>();

  /** A new browser on the portal, closed after the journey. */
  Browser open(String portalUrl) {
    return add(new Browser(portalUrl));
  }

  /** A browser opened otherwise (keyboard only), closed after the journey. */
  Browser add(Browser browser) {
    open.add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      String journey = context.getRequiredTestMethod().getName();
      for (int i = 0; i < open.size(); i++) {
        open.get(i).keepEvidence(i == 0 ? journey : journey + "-" + (i + 1));
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Browser browser : open) {
      browser.close();
    }
    open.clear();
  }
}
