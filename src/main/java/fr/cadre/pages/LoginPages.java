package fr.cadre.pages;

import fr.cadre.access.boundary.LoginPage;
import fr.cadre.access.control.Identity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The login form, in the pages' layout, on the access boundary's contract ({@link LoginPage}): the
 * authentication mechanism has checked the post before this runs. A servlet rather than a
 * controller: Krazo gives every answer of its application a form token, kept in a session, and the
 * form must open no session before the password is right; its post is protected by the origin check
 * and the SameSite cookie instead. It is shown to nobody logged in (they go home), so its layout
 * has no form that needs a token.
 */
@WebServlet("/app/login")
public class LoginPages extends HttpServlet {

  @Inject JteViewEngine views;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    page(request, response, HttpServletResponse.SC_OK, new FormErrors(), "");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!LoginPage.sameOrigin(request)) {
      write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          views.render("error.jte", Map.of("status", 403), request));
      return;
    }
    if (request.getAttribute(Identity.ATTRIBUTE) instanceof Identity) {
      redirect(request, response, LoginPage.next(request));
      return;
    }
    Texts texts = new Texts(Language.of(request));
    String login = request.getParameter(LoginPage.LOGIN);
    String password = request.getParameter(LoginPage.PASSWORD);
    FormErrors errors = new FormErrors();
    if (login == null || login.isBlank()) {
      errors.add("login", texts.get("login.error.login"));
    }
    if (password == null || password.isEmpty()) {
      errors.add("password", texts.get("login.error.password"));
    }
    if (!errors.any()) {
      // The same words whether or not the login exists, beside the password.
      errors.add("password", texts.get("login.error.refused"));
    }
    page(
        request, response, HttpServletResponse.SC_UNAUTHORIZED, errors, login == null ? "" : login);
  }

  private void page(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      FormErrors errors,
      String login)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    write(
        response,
        status,
        views.render(
            "login.jte",
            Map.of("errors", errors, "login", login, "next", LoginPage.next(request)),
            request));
  }

  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String to) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + to);
  }

  private static void write(HttpServletResponse response, int status, String html)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(html);
  }
}
