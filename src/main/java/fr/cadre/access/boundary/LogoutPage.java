package fr.cadre.access.boundary;

import fr.cadre.access.control.Audit;
import fr.cadre.access.control.Identity;
import fr.cadre.access.entity.AuditEntry.Action;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /app/logout} ends the page session and returns to the login page; a post from another
 * origin is refused (403), as for the login form.
 */
@WebServlet("/app/logout")
public class LogoutPage extends HttpServlet {

  @Inject Audit audit;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!LoginPage.sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (request.getAttribute(Identity.ATTRIBUTE) instanceof Identity who) {
      audit.record(who.login(), request.getRemoteAddr(), Action.LOGOUT, who.login(), null);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + CadreAuthentication.LOGIN_PATH);
  }
}
