package fr.cadre.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch in every page's header: a form post, then back to the page it came from. */
@Controller
@RequestScoped
@Path("language")
public class LanguagePages {

  private static final int ONE_YEAR = 365 * 24 * 3600;

  @Context HttpServletRequest request;

  @POST
  public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
    String chosen = Language.SUPPORTED.contains(lang) ? lang : "fr";
    String app = request.getContextPath() + "/app";
    // Only back to a page of Cadre: never an address another site slipped into the form.
    String target =
        back != null
                && back.startsWith(app)
                && !back.startsWith(app + "/language")
                && !back.contains("//")
            ? back
            : app;
    NewCookie cookie =
        new NewCookie.Builder(Language.COOKIE)
            .value(chosen)
            .path(app)
            .maxAge(ONE_YEAR)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite(NewCookie.SameSite.STRICT)
            .build();
    return Response.seeOther(URI.create(target)).cookie(cookie).build();
  }
}
