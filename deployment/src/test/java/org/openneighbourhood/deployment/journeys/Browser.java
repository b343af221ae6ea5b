package org.openneighbourhood.deployment.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.openneighbourhood.deployment.stack.Transcript;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium headless shell, as a fresh profile for each user session: one of the run's
 * {@link Chromiums}, cleared when the journey gives it back. Every portal page a page object opens
 * goes into the run's {@link Transcript} with the user signed in, has its session cookie's flags
 * checked, and, the first time the run meets its {@link #SHAPE shape}, is scanned with axe-core
 * (WCAG 2.0, 2.1 and 2.2, A and AA) and photographed; the first time the run meets its address, it
 * is checked for the security headers. So is every sign-in page a journey meets ({@link
 * #onSignInPage}), but for the headers, which are Keycloak's.
 *
 * <p>A page met again with the same shape (the same elements, attributes that axe reads and text
 * where there was text, other data in it) would give axe the same answer: scanning it once is what
 * keeps the journeys' time for the journeys (axe took a third of a journey's time when every page
 * was scanned at every visit).
 */
final class Browser implements AutoCloseable {

  static final String SESSION_COOKIE = "JSESSIONID";
  private static final AtomicInteger SHOTS = new AtomicInteger();

  /** The shapes of the pages scanned by axe in this run, and the addresses whose headers were. */
  private static final Set<String> SCANNED = ConcurrentHashMap.newKeySet();

  private static final Set<String> HEADERS_CHECKED = ConcurrentHashMap.newKeySet();

  /**
   * The page's shape, for axe: in the document's order, each element's tag, which attributes it has
   * and the values of those axe's rules read for structure (ids and references to them, classes,
   * roles, ARIA, types, language), whether it has text of its own and whether its alt or title is
   * empty; with the width it is laid out at and the medium. Numbers and record ids in values become
   * one symbol, so the same page about another person has the same shape.
   */
  private static final String SHAPE =
      "const structural = /^(id|for|class|role|type|lang|tabindex|headers|scope|aria-.*)$/;"
          + "const norm = v => v.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, 'U').replace(/[0-9]+/g, '#');"
          + "const out = [window.innerWidth, matchMedia('print').matches];"
          + "for (const e of document.querySelectorAll('*')) {"
          + "  let s = e.tagName;"
          + "  for (const a of e.attributes) {"
          + "    s += ' ' + a.name;"
          + "    if (structural.test(a.name)) s += '=' + norm(a.value);"
          + "    else if (a.name === 'alt' || a.name === 'title') s += a.value.trim() ? '+' : '-';"
          + "  }"
          + "  for (const n of e.childNodes) {"
          + "    if (n.nodeType === 3 && n.textContent.trim()) { s += ' #text'; break; }"
          + "  }"
          + "  out.push(s);"
          + "}"
          + "return out.join('\\n');";

  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private final Chromiums.Lent chromium;
  private final WebDriver driver;
  private final Set<String> origins = new LinkedHashSet<>();
  private final String portalUrl;
  private final WebDriverWait wait;
  private final boolean keyboardOnly;
  private String signedInAs;

  Browser(String portalUrl) {
    this(portalUrl, false);
  }

  /**
   * A browser used as someone who cannot use a mouse: every link, button, field, choice and list is
   * reached with Tab (or, inside a group of radios, the arrow keys) in the page's own order and
   * worked with Enter, Space and typing; WebDriver's click is never used.
   */
  static Browser keyboardOnly(String portalUrl) {
    return new Browser(portalUrl, true);
  }

  private Browser(String portalUrl, boolean keyboardOnly) {
    this.portalUrl = portalUrl;
    this.keyboardOnly = keyboardOnly;
    this.chromium = Chromiums.borrow();
    this.driver = chromium.driver();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    remember(portalUrl);
  }

  WebDriver driver() {
    return driver;
  }

  /** Who the pages from now on are shown to; null once signed out. */
  void signedInAs(String username) {
    this.signedInAs = username;
  }

  void open(String path) {
    driver.get(portalUrl + path);
  }

  String portalUrl() {
    return portalUrl;
  }

  WebElement find(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  void type(String id, String text) {
    WebElement field = find(id);
    if (keyboardOnly) {
      tabTo(field);
      Actions keys = new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL);
      keys.sendKeys(Keys.DELETE).perform();
      if (!text.isEmpty()) {
        new Actions(driver).sendKeys(text).perform();
      }
      return;
    }
    field.clear();
    field.sendKeys(text);
  }

  /** Chooses the option with this value from a drop-down list. */
  void select(String id, String value) {
    WebElement list = find(id);
    if (!keyboardOnly) {
      new Select(list).selectByValue(value);
      return;
    }
    tabTo(list);
    new Actions(driver).sendKeys(Keys.HOME).perform();
    int options = new Select(list).getOptions().size();
    for (int i = 0; i < options && !value.equals(list.getDomProperty("value")); i++) {
      new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
    }
    assertEquals(value, list.getDomProperty("value"), () -> id + " has no option " + value);
  }

  /**
   * Moves the focus with Tab, in the page's order, until it is on {@code target}; inside a group of
   * radios, whose members Tab passes over as one stop, with the arrow keys. Fails when Tab never
   * reaches it: something a keyboard user cannot get to.
   */
  private void tabTo(WebElement target) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (int presses = 0; presses < 400; presses++) {
      if (Boolean.TRUE.equals(
          js.executeScript("return document.activeElement === arguments[0];", target))) {
        return;
      }
      boolean sameRadioGroup =
          Boolean.TRUE.equals(
              js.executeScript(
                  "const a = document.activeElement, t = arguments[0];"
                      + "return t.type === 'radio' && a && a.type === 'radio' && a.name === t.name;",
                  target));
      new Actions(driver).sendKeys(sameRadioGroup ? Keys.ARROW_DOWN : Keys.TAB).perform();
    }
    fail("Tab never reached " + target.getAttribute("id") + " on " + driver.getCurrentUrl());
  }

  /**
   * Clicks a link or button and waits until the browser has left the page, so that the next check
   * reads the new page even when it has the same address (a form shown again with its errors).
   */
  void click(String id) {
    click(By.id(id));
  }

  /** The same, for an element found another way (a button inside a card, say). */
  void click(By by) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (keyboardOnly) {
      WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(by));
      tabTo(target);
      js.executeScript("window.leavingThisPage = true;");
      new Actions(driver).sendKeys(Keys.ENTER).perform();
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .ignoring(WebDriverException.class)
          .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.leavingThisPage;")));
      return;
    }
    WebElement target = wait.until(ExpectedConditions.elementToBeClickable(by));
    // An NHS.UK button moves down a few pixels while pressed: clicked on a sliver at the bottom of
    // the window, the press ends beside it and nothing is clicked. A person would scroll first.
    js.executeScript("arguments[0].scrollIntoView({block: 'center'});", target);
    js.executeScript("window.leavingThisPage = true;");
    target.click();
    // A new document has no such mark. Asking while the browser is between pages may fail.
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.leavingThisPage;")));
  }

  /**
   * Ticks a radio or checkbox the way a person does: by its label. NHS.UK styles the native input
   * as invisible, so WebDriver cannot click the input itself.
   */
  void choose(String id) {
    if (keyboardOnly) {
      WebElement input = find(id);
      tabTo(input);
      if (!input.isSelected()) {
        new Actions(driver).sendKeys(Keys.SPACE).perform();
      }
      wait.until(ExpectedConditions.elementToBeSelected(By.id(id)));
      return;
    }
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + id + "']")))
        .click();
    wait.until(ExpectedConditions.elementToBeSelected(By.id(id)));
  }

  /**
   * Lays pages out as a phone of this width does (CSS pixels), until {@link #wide()}: Chromium's
   * device emulation, since a headless window cannot be made that narrow.
   */
  void narrow(int width) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
  }

  void wide() {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Lays the page out as it prints (the print stylesheet), until {@link #onScreen()}. */
  void asPrinted() {
    ((ChromeDriver) driver)
        .executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
  }

  void onScreen() {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }

  /** The page needs no sideways scrolling at the width it is laid out at. */
  void assertNoSidewaysScrolling() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long page =
        ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    long window = ((Number) js.executeScript("return window.innerWidth")).longValue();
    assertTrue(
        page <= window,
        () -> driver.getCurrentUrl() + " is " + page + " px wide in a " + window + " px window");
  }

  String heading() {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText();
  }

  String text(String id) {
    return find(id).getText();
  }

  /**
   * Waits for the page whose URL contains {@code path}, then photographs it, scans it and, when it
   * is one of the portal's (not Keycloak's or the browser's own), checks its headers and cookie.
   */
  void arrivedAt(String path) {
    Shown shown = photographAndScan(path, path);
    if (shown.url().startsWith(portalUrl + "/")) {
      if (HEADERS_CHECKED.add(java.net.URI.create(shown.url()).getPath())) {
        assertSafeHeaders();
      }
      assertSessionCookieFlags();
    }
  }

  /**
   * Photographs and scans the sign-in page the browser shows now (Keycloak's, in the realm's theme)
   * as {@code name}: the same axe rules as the portal's pages. Its headers are Keycloak's own, set
   * by its realm, so the portal's header checks do not apply.
   */
  void onSignInPage(String name) {
    photographAndScan("/realms/", "sign-in-" + name);
  }

  /** A loaded page as one script read it: its address, its {@link #SHAPE} and its source. */
  private record Shown(String url, String shape, String source) {}

  /**
   * Reads the page in one script once it has loaded, or null while it has not: every WebDriver
   * command costs the driver and the browser CPU that the other lane's servers could use, and this
   * was seven of them at every page (the address four times, the load state, the source, the
   * shape). The source is the document's outer HTML, as ChromeDriver's own page source is.
   */
  private static final String SHOWN =
      "if (document.readyState !== 'complete') return null;"
          + "const shape = (function () {"
          + SHAPE
          + "})();"
          + "return [location.href, shape, document.documentElement.outerHTML];";

  /**
   * Waits for the loaded page whose URL contains {@code path} (the browser may still be between
   * pages when asked), records it in the run's {@link Transcript}, and photographs and scans it the
   * first time the run meets its shape.
   */
  private Shown photographAndScan(String path, String name) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Shown shown =
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .ignoring(WebDriverException.class)
            .withMessage(() -> "a loaded page at an address containing " + path)
            .until(
                d -> {
                  @SuppressWarnings("unchecked")
                  List<String> read = (List<String>) js.executeScript(SHOWN);
                  return read == null || !read.get(0).contains(path)
                      ? null
                      : new Shown(read.get(0), read.get(1), read.get(2));
                });
    remember(shown.url());
    Transcript.page(signedInAs, shown.url(), shown.source());
    if (SCANNED.add(java.net.URI.create(shown.url()).getPath() + "\n" + shown.shape())) {
      screenshot(name);
      assertAccessible();
    }
    return shown;
  }

  /**
   * Asks for the page again from within it (a same-origin fetch can read every response header but
   * Set-Cookie) and checks the headers that keep it safe in the browser. After a form post the
   * address is the form's, without its query, so this sees that address's GET: often the portal's
   * not-found page, which must carry the same headers.
   */
  @SuppressWarnings("unchecked")
  void assertSafeHeaders() {
    Map<String, Object> headers =
        (Map<String, Object>)
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {credentials: 'same-origin', cache: 'no-store'})"
                        + ".then(r => { const h = {status: String(r.status)};"
                        + " r.headers.forEach((v, k) => h[k] = v); done(h); })"
                        + ".catch(e => done({error: String(e)}));");
    String page = driver.getCurrentUrl();
    assertNull(headers.get("error"), () -> "could not fetch " + page + ": " + headers);
    String csp = header(headers, "content-security-policy", page);
    assertTrue(csp.contains("script-src 'self'"), () -> page + " CSP " + csp);
    assertFalse(csp.contains("unsafe-inline"), () -> page + " CSP " + csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), () -> page + " CSP " + csp);
    assertTrue(
        header(headers, "strict-transport-security", page).startsWith("max-age=31536000"), page);
    assertEquals("nosniff", header(headers, "x-content-type-options", page), page);
    assertEquals("no-referrer", header(headers, "referrer-policy", page), page);
    assertEquals("DENY", header(headers, "x-frame-options", page), page);
    assertEquals("no-store", header(headers, "cache-control", page), page);
    assertNull(headers.get("server"), () -> page + " names its server: " + headers.get("server"));
    assertNull(headers.get("x-powered-by"), () -> page + " sends X-Powered-By");
  }

  private static String header(Map<String, Object> headers, String name, String page) {
    Object value = headers.get(name);
    assertNotNull(value, () -> page + " has no " + name + " header; it has " + headers.keySet());
    return value.toString();
  }

  /** The session cookie, if the page has one: never for scripts, plain http or cross-site posts. */
  void assertSessionCookieFlags() {
    Cookie session = driver.manage().getCookieNamed(SESSION_COOKIE);
    if (session == null) {
      return;
    }
    String page = driver.getCurrentUrl();
    assertTrue(session.isSecure(), () -> SESSION_COOKIE + " not Secure on " + page);
    assertTrue(session.isHttpOnly(), () -> SESSION_COOKIE + " not HttpOnly on " + page);
    assertEquals("Lax", session.getSameSite(), () -> SESSION_COOKIE + " SameSite on " + page);
  }

  /** The session id the browser holds now, or null without a session. */
  String sessionId() {
    Cookie session = driver.manage().getCookieNamed(SESSION_COOKIE);
    return session == null ? null : session.getValue();
  }

  /**
   * Posts a form to {@code path} the way another site could: same fields as the portal's own form
   * except the token, which another site cannot read.
   */
  void postWithoutToken(String path) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.leavingThisPage = true;");
    js.executeScript(
        "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
            + "document.body.appendChild(f); f.submit();",
        portalUrl + path);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(WebDriverException.class)
        .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.leavingThisPage;")));
  }

  @SuppressWarnings("unchecked")
  void assertAccessible() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(AxeScript.SOURCE);
    String tags = "['" + String.join("','", WCAG_TAGS) + "']";
    List<String> violations =
        (List<String>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: "
                    + tags
                    + "}}).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                    + " + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                    + ".catch(e => done(['axe failed: ' + e]));");
    if (!violations.isEmpty()) {
      fail(
          "Accessibility violations on "
              + driver.getCurrentUrl()
              + ":\n"
              + String.join("\n", violations));
    }
  }

  void screenshot(String name) {
    String file =
        String.format("%03d-%s", SHOTS.incrementAndGet(), name.replaceAll("[^a-z0-9]+", "-"));
    write(file + ".png", ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** The page as the browser last showed it, and its source, named after the failed journey. */
  void keepEvidence(String journey) {
    String file = String.format("%03d-FAILED-%s", SHOTS.incrementAndGet(), journey);
    write(file + ".png", ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    String source = driver.getCurrentUrl() + "\n\n" + driver.getPageSource();
    write(file + ".html", source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void write(String file, byte[] content) {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(file), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives the browser back to the run, made to forget every origin this session showed. */
  @Override
  public void close() {
    try {
      remember(driver.getCurrentUrl());
    } catch (WebDriverException e) {
      // the browser has gone: giving it back quits it
    }
    Chromiums.giveBack(chromium, origins);
  }

  /**
   * Remembers the origin (scheme, host and port) of a web page shown, as page storage is kept by;
   * the browser's own pages (about:blank, an error page) keep none, and Chromium would refuse to
   * clear them, which would cost the run this browser.
   */
  private void remember(String url) {
    java.net.URI uri = java.net.URI.create(url);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      return;
    }
    origins.add(
        uri.getPort() < 0
            ? uri.getScheme() + "://" + uri.getHost()
            : uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort());
  }

  /** axe-core from npm, read once. */
  private static final class AxeScript {
    static final String SOURCE = read();

    private static String read() {
      try {
        return Files.readString(Path.of(System.getProperty("axe.script")));
      } catch (IOException e) {
        throw new UncheckedIOException("axe-core missing: run npm ci in deployment/", e);
      }
    }
  }
}
