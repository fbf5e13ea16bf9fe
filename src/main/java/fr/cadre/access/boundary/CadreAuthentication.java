package fr.cadre.access.boundary;

import fr.cadre.access.control.Authenticator;
import fr.cadre.access.control.Identity;
import fr.cadre.access.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cadre's one authentication mechanism (Jakarta Security 3 allows one per application), for both
 * halves of Cadre:
 *
 * <ul>
 *   <li>{@code /api}: {@code Authorization: Bearer <token>} or HTTP Basic on every request, never a
 *       session (a session cookie alone is ignored); anything else is a 401 with {@code
 *       WWW-Authenticate}.
 *   <li>{@code /app}: the pages, behind a form login. An anonymous request is redirected to {@code
 *       /app/login?next=…}. The login form posts {@code login}, {@code password} and {@code next}
 *       to {@code /app/login} ({@link LoginPage}); a right password opens a new session (a new
 *       session id) holding the user's id, and the page then redirects to {@code next} or {@code
 *       /app}. Each later request reads that user again, so a deactivation takes effect at once.
 * </ul>
 *
 * {@code /health}, {@code /openapi} and everything else pass without credentials.
 */
@ApplicationScoped
public class CadreAuthentication implements HttpAuthenticationMechanism {

  static final String SESSION_USER = "fr.cadre.access.user";
  static final String LOGIN_PATH = "/app/login";

  /** Set on a login post whose credentials were refused, for the page to say so. */
  static final String FAILED = "fr.cadre.access.login-failed";

  static final String CHALLENGE =
      "Bearer realm=\"cadre\", Basic realm=\"cadre\", charset=\"UTF-8\"";

  @Inject Authenticator authenticator;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/api") || path.startsWith("/api/")) {
      return api(request, response, context);
    }
    if (path.equals("/app") || path.startsWith("/app/")) {
      return pages(request, response, context, path);
    }
    return context.doNothing();
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<Identity> who = fromHeader(request.getHeader("Authorization"), request);
    if (who.isPresent()) {
      return loggedIn(request, context, who.get());
    }
    SecurityHeaders.apply(response);
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return context.responseUnauthorized();
  }

  private Optional<Identity> fromHeader(String header, HttpServletRequest request) {
    if (header == null) {
      return Optional.empty();
    }
    String address = request.getRemoteAddr();
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authenticator.token(header.substring(7).strip(), address);
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return authenticator.password(
          decoded.substring(0, colon), decoded.substring(colon + 1), address, "basic");
    }
    return Optional.empty();
  }

  private AuthenticationStatus pages(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String path) {
    if (path.equals(LOGIN_PATH) && "POST".equals(request.getMethod())) {
      return formLogin(request, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_USER) instanceof Long userId) {
      Optional<Identity> who = authenticator.session(userId);
      if (who.isPresent()) {
        return loggedIn(request, context, who.get());
      }
      session.invalidate();
    }
    if (path.equals(LOGIN_PATH)) {
      return context.doNothing();
    }
    SecurityHeaders.apply(response);
    String asked = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return context.redirect(
        request.getContextPath()
            + LOGIN_PATH
            + "?next="
            + URLEncoder.encode(asked, StandardCharsets.UTF_8));
  }

  /**
   * The login form's post. Refused without a check of its origin ({@link LoginPage#sameOrigin}):
   * the page then answers 403. A right password replaces any earlier session with a new one.
   */
  private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
    if (!LoginPage.sameOrigin(request)) {
      return context.doNothing();
    }
    Optional<Identity> who =
        authenticator.password(
            request.getParameter(LoginPage.LOGIN),
            request.getParameter(LoginPage.PASSWORD),
            request.getRemoteAddr(),
            "formulaire");
    if (who.isEmpty()) {
      request.setAttribute(FAILED, Boolean.TRUE);
      return context.doNothing();
    }
    HttpSession earlier = request.getSession(false);
    if (earlier != null) {
      earlier.invalidate();
    }
    request.getSession(true).setAttribute(SESSION_USER, who.get().userId());
    return loggedIn(request, context, who.get());
  }

  private static AuthenticationStatus loggedIn(
      HttpServletRequest request, HttpMessageContext context, Identity who) {
    request.setAttribute(Identity.ATTRIBUTE, who);
    return context.notifyContainerAboutLogin(
        who.login(), who.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
