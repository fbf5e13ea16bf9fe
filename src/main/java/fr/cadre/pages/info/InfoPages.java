package fr.cadre.pages.info;

import jakarta.enterprise.context.RequestScoped;
import jakarta.mvc.Controller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The pages every public body's application owes its users: accessibility and legal notice. */
@Controller
@RequestScoped
@Path("")
public class InfoPages {

  /** The accessibility statement (déclaration d'accessibilité, RGAA 4.1). */
  @GET
  @Path("accessibility")
  public String accessibility() {
    return "info/accessibility.jte";
  }

  /** The legal notice (mentions légales). */
  @GET
  @Path("legal-notice")
  public String legalNotice() {
    return "info/legal.jte";
  }
}
