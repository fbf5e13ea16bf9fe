package fr.cadre.pages.agreement;

import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.FrameworkAgreement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The agreements, and each at a glance: its periods, lots, holders, limits and consumption. */
@Controller
@Path("agreements")
@RequestScoped
public class AgreementPages {

  @Inject Models models;
  @Inject Agreements agreements;

  @GET
  public String list() {
    models.put("agreements", agreements.all());
    models.put("today", LocalDate.now());
    return "agreement/list.jte";
  }

  @GET
  @Path("{id}")
  public String show(@PathParam("id") long id, @QueryParam("done") String done) {
    FrameworkAgreement agreement = agreements.agreement(id);
    models.put("agreement", agreement);
    models.put("done", "changed".equals(done) ? done : null);
    models.put("today", LocalDate.now());
    models.put(
        "lots",
        agreement.lots().stream()
            .map(lot -> LotAtAGlance.of(lot, agreements.holdersOf(lot.id())))
            .toList());
    return "agreement/show.jte";
  }
}
