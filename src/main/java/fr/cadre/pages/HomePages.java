package fr.cadre.pages;

import fr.cadre.access.entity.Role;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.VoucherStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * The home page: what needs the user's attention, as far as Cadre knows it yet: an officer's drafts
 * to finish, the issued vouchers awaiting the holder's acknowledgement (an operator's to
 * acknowledge), each list scoped by the caller. Drafts are the buyer's business: an operator never
 * sees them. Finance staff, officers, administrators and auditors see today's alerts (for finance
 * first the invoices due and late), and finance the vouchers certified and not yet invoiced, and
 * invoiced and not yet paid.
 */
@Controller
@Path("")
@RequestScoped
public class HomePages {

  private static final int SHOWN = 10;

  @Inject Models models;
  @Inject VoucherSearch search;
  @Inject PageUser user;
  @Inject fr.cadre.ledger.control.Alerts alerts;

  @GET
  public String home() {
    models.put(
        "drafts",
        user.mayActAs(Role.OFFICER)
            ? search.find(only(VoucherStatus.DRAFT), 0, SHOWN)
            : java.util.List.of());
    models.put("toAcknowledge", search.find(only(VoucherStatus.ISSUED), 0, SHOWN));
    boolean finance = user.mayActAs(Role.FINANCE);
    models.put(
        "toInvoice",
        finance ? search.find(only(VoucherStatus.SERVICE_DONE), 0, SHOWN) : java.util.List.of());
    models.put(
        "toPay",
        finance ? search.find(only(VoucherStatus.INVOICED), 0, SHOWN) : java.util.List.of());
    models.put(
        "alerts",
        user.mayActAs(Role.FINANCE, Role.OFFICER, Role.ADMIN, Role.AUDITOR)
            ? alerts.on(java.time.LocalDate.now(), java.util.Optional.empty())
            : java.util.List.of());
    return "home.jte";
  }

  private static VoucherSearch.Filter only(VoucherStatus status) {
    return new VoucherSearch.Filter(null, null, null, null, status, null, null, null);
  }
}
