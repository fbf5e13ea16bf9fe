package fr.cadre.pages.ledger;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.ledger.control.Alerts;
import fr.cadre.ledger.entity.Alert;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Payments due and late: the invoice alerts of today from {@link Alerts} (due within {@code
 * cadre.alerts.invoice-due-within-days}, or late with the interest and fee owed to date), scoped by
 * the caller, and the links to the invoices' exports, as {@code /api/exports/invoices} allows.
 */
@Controller
@Path("payments")
@RequestScoped
@Allowed({Role.ADMIN, Role.FINANCE, Role.AUDITOR})
public class PaymentPages {

  @Inject Models models;
  @Inject Alerts alerts;
  @Inject Agreements agreements;

  @GET
  public String payments() {
    List<Alert> all = alerts.on(LocalDate.now(), Optional.empty());
    models.put("late", all.stream().filter(a -> a.kind() == Alert.Kind.INVOICE_LATE).toList());
    models.put("due", all.stream().filter(a -> a.kind() == Alert.Kind.INVOICE_DUE).toList());
    models.put("agreements", agreements.all());
    return "ledger/payments.jte";
  }
}
