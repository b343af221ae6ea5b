package org.openneighbourhood.deployment.stack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person signed in to the portal as a browser would be: {@code /signin}, Keycloak's real login
 * form (identity-first: the username, then the password), back to the portal's {@code /callback},
 * with the cookies of both kept in this session's own jar. Pages are then fetched with the portal's
 * session cookie; redirects are not followed, so a page that sends the user to sign in again counts
 * as a failure, not as a fast answer.
 */
public final class PortalSession {

  /** A page as it came: its status and its HTML (or, with status 0, why none came). */
  public record Page(int status, String body) {
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  private static final Pattern LOGIN_FORM =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final Pattern HIDDEN =
      Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
  private static final int MOST_STEPS = 12;

  private final HttpClient http;
  private final String portalUrl;

  private PortalSession(HttpClient http, String portalUrl) {
    this.http = http;
    this.portalUrl = portalUrl;
  }

  public static PortalSession signIn(String portalUrl, String username, String password)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    PortalSession session = new PortalSession(http, portalUrl);
    HttpResponse<String> page =
        session.follow(HttpRequest.newBuilder(URI.create(portalUrl + "/signin")));
    for (int step = 0;
        step < MOST_STEPS && !page.uri().toString().startsWith(portalUrl + "/");
        step++) {
      Matcher form = LOGIN_FORM.matcher(page.body());
      if (!form.find()) {
        throw new IllegalStateException(
            "No login form for " + username + " at " + page.uri() + ": " + page.statusCode());
      }
      Map<String, String> fields = new LinkedHashMap<>(hiddenFields(form.group(0)));
      fields.put("username", username);
      if (form.group(1).contains("name=\"password\"")) {
        fields.put("password", password);
      }
      page = session.follow(post(page.uri(), action(form.group(0)), fields));
    }
    if (page.statusCode() != 200 || !page.uri().toString().startsWith(portalUrl + "/")) {
      throw new IllegalStateException(
          "Could not sign in " + username + ": " + page.statusCode() + " at " + page.uri());
    }
    return session;
  }

  /** A portal page with this session; anything but a 2xx on the page asked for is a failure. */
  public Page get(String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(portalUrl + path))
                  .timeout(Duration.ofMinutes(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Page(0, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends the request and follows redirects by hand, as a GET, keeping every cookie on the way. */
  private HttpResponse<String> follow(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (int hop = 0; hop < MOST_STEPS && response.statusCode() / 100 == 3; hop++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response =
          http.send(HttpRequest.newBuilder(next).build(), HttpResponse.BodyHandlers.ofString());
    }
    return response;
  }

  private static HttpRequest.Builder post(URI page, String action, Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (name, value) ->
            form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return HttpRequest.newBuilder(page.resolve(action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
  }

  private static String action(String form) {
    Matcher action = ACTION.matcher(form);
    if (!action.find()) {
      throw new IllegalStateException("A login form with no action: " + form);
    }
    return unescape(action.group(1));
  }

  private static Map<String, String> hiddenFields(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      fields.put(hidden.group(1), unescape(hidden.group(2)));
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&#61;", "=").replace("&quot;", "\"");
  }

  /**
   * The portal's session cookie is Secure and the local stack speaks plain http: browsers treat
   * localhost as a secure context and send it anyway, the JDK's cookie manager does not unless told
   * that the link is secure. Only ever used against the local stack.
   */
  private static final class LoopbackCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
        throws IOException {
      return cookies.get(
          URI.create("https" + uri.toString().substring(uri.getScheme().length())), headers);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) throws IOException {
      cookies.put(uri, headers);
    }
  }
}
