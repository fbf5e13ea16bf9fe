package fr.cadre.pages.ledger;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.ledger.control.Overview;
import fr.cadre.ledger.control.Series;
import fr.cadre.pages.PageUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/**
 * The consumption dashboard of an agreement: the ledger's overview per lot and period, by member
 * and by site, and each lot's cumulative committed amount over the months against its maximum and
 * minimum; the committed amount of each member and each site as bars. Reads {@link Overview} and
 * {@link Series} with the caller's scope, as {@code GET /api/agreements/{id}/ledger} and {@code
 * /series} do: a member's user sees its member's and its sites' rows, and series of its own
 * vouchers.
 */
@Controller
@Path("agreements/{id}/ledger")
@RequestScoped
@Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
public class LedgerPages {

  @Inject Models models;
  @Inject Agreements agreements;
  @Inject Overview overview;
  @Inject Series series;
  @Inject PageUser user;

  @GET
  public String dashboard(@PathParam("id") long id) {
    models.put("agreement", agreements.agreement(id));
    List<Overview.Row> rows = overview.of(id, user.scope());
    models.put("lots", only(rows, "LOT"));
    models.put("totals", only(rows, "AGREEMENT"));
    models.put("members", only(rows, "MEMBER"));
    models.put("sites", only(rows, "SITE"));
    models.put("memberBars", Bars.of("members", only(rows, "MEMBER")));
    models.put("siteBars", Bars.of("sites", only(rows, "SITE")));
    models.put("charts", series.of(id, Series.By.LOT).stream().map(Chart::of).toList());
    return "ledger/dashboard.jte";
  }

  private static List<Overview.Row> only(List<Overview.Row> rows, String dimension) {
    return rows.stream().filter(r -> r.dimension().equals(dimension)).toList();
  }
}
