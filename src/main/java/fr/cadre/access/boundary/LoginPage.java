package fr.cadre.access.boundary;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The login form's contract, which the web pages render ({@code fr.cadre.pages.LoginPages}): the
 * form posts to {@code /app/login}, as {@code application/x-www-form-urlencoded}, the fields {@code
 * login}, {@code password} and {@code next} (the page asked for, under {@code /app}); {@link
 * CadreAuthentication} checks them before the page runs and sets the identity on the request once
 * the password is right. Then: a redirect (303) to {@code next} once logged in, the form again with
 * 401 after a refusal (the same words whether or not the login exists), 403 for a post from another
 * origin.
 *
 * <p>Cross-site request forgery: the session cookie is {@code SameSite=Strict} ({@code
 * WEB-INF/payara-web.xml}), and a login or logout post is taken only when its {@code Origin} header
 * (or, without one, its {@code Referer}) names this very server; browsers send {@code Origin} with
 * every form post. No anonymous session is created for a token.
 */
public final class LoginPage {

  public static final String LOGIN = "login";
  public static final String PASSWORD = "password";
  public static final String NEXT = "next";

  private LoginPage() {}

  /** The page asked for, if it is one of Cadre's pages; {@code /app/} otherwise. */
  public static String next(HttpServletRequest request) {
    String next = request.getParameter(NEXT);
    if (next == null
        || !(next.equals("/app") || next.startsWith("/app/"))
        || next.contains("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/app/";
    }
    return next;
  }

  /**
   * Whether a post comes from a page of this server: its {@code Origin}, or without one its {@code
   * Referer}, is this request's scheme and {@code Host}.
   */
  public static boolean sameOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null) {
      return false;
    }
    String self = request.getScheme() + "://" + host;
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return origin.equalsIgnoreCase(self);
    }
    String referer = request.getHeader("Referer");
    return referer != null && (referer.equals(self) || referer.startsWith(self + "/"));
  }
}
