package fr.cadre.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The error page of the whole application (named in {@code WEB-INF/web.xml}): what the container
 * answers itself, outside Jakarta REST (an unknown path outside {@code /api}, a request it refuses
 * before Cadre sees it, an error past a resource), is a problem document too, never the server's
 * HTML page.
 */
@WebServlet(ProblemServlet.PATH)
public class ProblemServlet extends HttpServlet {

  static final String PATH = "/problem";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    String detail =
        switch (status) {
          case 401 ->
              "authentification requise : jeton (Authorization: Bearer) ou identifiant et mot de passe (Basic)";
          case 403 -> "action non permise";
          case 404 -> "aucune ressource à cette adresse";
          case 405 -> "méthode non permise ici";
          case 413 -> "corps de requête trop volumineux";
          case 415 -> "type de contenu non pris en charge";
          case 500 -> "erreur interne";
          default -> "requête refusée";
        };
    String rule = status == 401 ? "unauthenticated" : "http-" + status;
    String body = (String) Problems.build(status, rule, detail, List.of(), Map.of()).getEntity();
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
