package org.openneighbourhood.deployment.journeys;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The run's Chromiums, started once and lent to one journey at a time: a journey borrows as many as
 * it has users at once, and gives each back cleared as a new profile would be: one new tab (no
 * session storage, history, emulated screen or medium), no cookie of the portal's or Keycloak's, no
 * cache, no local storage of any origin the journey showed. Starting Debian's Chromium and its
 * driver took a second or two of the run's two cores for each of about forty browsers; now it is
 * paid for the most a journey uses at once. One that cannot be cleared (it crashed, a dialog is
 * open) is quit instead of lent again. All are quit when the test JVM ends.
 */
final class Chromiums {

  /**
   * Debian's chromium-headless-shell, the binary itself (its /usr/bin wrapper does not exec it).
   */
  static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";

  private static final Dimension WINDOW = new Dimension(1280, 1000);
  private static final Deque<Lent> IDLE = new ArrayDeque<>();
  private static final List<Lent> ALL = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Chromiums::quitAll, "chromiums-quit"));
  }

  private Chromiums() {}

  /** A browser of this run's that nobody is using, or a new one when all are. */
  static synchronized Lent borrow() {
    Lent idle = IDLE.pollFirst();
    if (idle != null) {
      return idle;
    }
    Lent started = start();
    ALL.add(started);
    return started;
  }

  /**
   * Takes a browser back once it has forgotten its journey: every origin it showed ({@code
   * origins}, the portal's and Keycloak's) loses its storage, and the whole browser its cookies and
   * cache.
   */
  static void giveBack(Lent lent, Set<String> origins) {
    try {
      ChromeDriver driver = lent.driver();
      // A new tab has no session storage, no emulated screen or medium and no history.
      List<String> tabs = new ArrayList<>(driver.getWindowHandles());
      driver.switchTo().newWindow(WindowType.TAB);
      String fresh = driver.getWindowHandle();
      for (String tab : tabs) {
        driver.switchTo().window(tab).close();
      }
      driver.switchTo().window(fresh);
      driver.manage().window().setSize(WINDOW);
      driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
      for (String origin : origins) {
        driver.executeCdpCommand(
            "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
      }
    } catch (WebDriverException e) {
      quit(lent);
      return;
    }
    synchronized (Chromiums.class) {
      IDLE.addFirst(lent);
    }
  }

  /**
   * A new browser with a profile of its own. ChromeDriver makes the profile (the headless shell
   * opens no page in one given with {@code --user-data-dir}, and ChromeDriver then cannot start) in
   * its temporary directory, which is the test JVM's (under target/), and deletes it at quit.
   */
  private static Lent start() {
    ChromeOptions options = new ChromeOptions();
    String binary = System.getProperty("chromium.path", HEADLESS_SHELL);
    options.setBinary(binary);
    if (!binary.endsWith("headless-shell")) {
      // The full browser, asked to run without a window; the shell never has one.
      options.addArguments("--headless=new");
    }
    options.addArguments(
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .withEnvironment(Map.of("TMPDIR", System.getProperty("java.io.tmpdir")))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Lent(driver);
  }

  private static synchronized void quit(Lent lent) {
    ALL.remove(lent);
    IDLE.remove(lent);
    lent.quit();
  }

  private static synchronized void quitAll() {
    for (Lent lent : ALL) {
      lent.quit();
    }
    ALL.clear();
    IDLE.clear();
  }

  /** One Chromium with its driver. */
  record Lent(ChromeDriver driver) {

    void quit() {
      try {
        driver.quit();
      } catch (WebDriverException e) {
        // already gone: a crashed browser is what got it quit
      }
    }
  }
}
