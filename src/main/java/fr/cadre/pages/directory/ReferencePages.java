package fr.cadre.pages.directory;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Sites;
import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.Operator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Comparator;

/**
 * The reference data, read only: each consortium with its members (SIRET, buyer type, share,
 * whether it orders), the operators, and the sites the user may see ({@link Sites#find} is scoped
 * by the caller as in the API). Agreements, lots, limits and price lines are on the agreements'
 * pages.
 */
@Controller
@Path("reference")
@RequestScoped
@Allowed({Role.ADMIN, Role.AUDITOR, Role.OFFICER, Role.FINANCE})
public class ReferencePages {

  static final int SITES_SHOWN = 500;

  @Inject Models models;
  @Inject Directory directory;
  @Inject Sites sites;

  @GET
  public String show() {
    models.put(
        "consortia",
        directory.consortia().stream()
            .map(c -> new ConsortiumMembers(c, directory.members(c.id())))
            .toList());
    models.put(
        "operators",
        directory.operators().stream().sorted(Comparator.comparing(Operator::name)).toList());
    models.put("sites", sites.find(null, null, 0, SITES_SHOWN));
    return "directory/reference.jte";
  }
}
