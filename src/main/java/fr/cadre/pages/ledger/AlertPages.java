package fr.cadre.pages.ledger;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.ledger.control.Alerts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The finance alerts of today, read from {@link Alerts} as {@code GET /api/alerts} does, scoped by
 * the caller (a member's user sees its member's invoices only).
 */
@Controller
@Path("alerts")
@RequestScoped
public class AlertPages {

  @Inject Models models;
  @Inject Alerts alerts;

  @GET
  @Allowed({Role.ADMIN, Role.FINANCE, Role.OFFICER, Role.AUDITOR})
  public String alerts() {
    models.put("alerts", alerts.on(LocalDate.now(), Optional.empty()));
    return "ledger/alerts.jte";
  }
}
