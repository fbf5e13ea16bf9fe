package fr.cadre.access.boundary;

import fr.cadre.access.control.Identity;
import jakarta.annotation.security.DeclareRoles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The login page, plain until the web pages restyle it (the pages may render the form themselves:
 * what must stay is this contract). The form posts to {@code /app/login}, as {@code
 * application/x-www-form-urlencoded}, the fields {@code login}, {@code password} and {@code next}
 * (the page asked for, under {@code /app}); {@link CadreAuthentication} checks them before this
 * servlet runs. Then: a redirect (303) to {@code next} once logged in, the form again with 401
 * after a refusal (the same words whether or not the login exists), 403 for a post from another
 * origin.
 *
 * <p>Cross-site request forgery: the session cookie is {@code SameSite=Strict} ({@code
 * WEB-INF/payara-web.xml}), and a login or logout post is taken only when its {@code Origin} header
 * (or, without one, its {@code Referer}) names this very server; browsers send {@code Origin} with
 * every form post. No anonymous session is created for a token.
 */
@WebServlet(CadreAuthentication.LOGIN_PATH)
@DeclareRoles({"ADMIN", "OFFICER", "FINANCE", "OPERATOR", "AUDITOR"})
public class LoginPage extends HttpServlet {

  static final String LOGIN = "login";
  static final String PASSWORD = "password";
  static final String NEXT = "next";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    render(request, response, HttpServletResponse.SC_OK, null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (request.getAttribute(Identity.ATTRIBUTE) instanceof Identity) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + next(request));
      return;
    }
    render(
        request,
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "Identifiant ou mot de passe incorrect, ou compte momentanément verrouillé.");
  }

  /** The page asked for, if it is one of Cadre's pages; {@code /app/} otherwise. */
  static String next(HttpServletRequest request) {
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
  static boolean sameOrigin(HttpServletRequest request) {
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

  private static void render(
      HttpServletRequest request, HttpServletResponse response, int status, String error)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    String action = escape(request.getContextPath() + CadreAuthentication.LOGIN_PATH);
    response
        .getWriter()
        .write(
            """
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Connexion – Cadre</title></head>
            <body>
            <main>
            <h1>Connexion à Cadre</h1>
            %s<form method="post" action="%s">
            <p><label for="login">Identifiant</label>
            <input id="login" name="login" autocomplete="username" required></p>
            <p><label for="password">Mot de passe</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required></p>
            <input type="hidden" name="next" value="%s">
            <p><button type="submit">Se connecter</button></p>
            </form>
            </main>
            </body>
            </html>
            """
                .formatted(
                    error == null ? "" : "<p role=\"alert\">" + escape(error) + "</p>\n",
                    action,
                    escape(next(request))));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
