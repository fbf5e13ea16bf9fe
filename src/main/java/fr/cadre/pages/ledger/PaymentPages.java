package fr.cadre.pages.ledger;

import fr.cadre.access.boundary.Allowed;
import fr.cadre.access.entity.Role;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.control.UnpaidInvoices;
import fr.cadre.ledger.control.UnpaidInvoices.Standing;
import fr.cadre.ledger.control.UnpaidInvoices.Unpaid;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.PageNumber;
import fr.cadre.pages.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every invoice awaiting payment, from {@link UnpaidInvoices}, scoped by the caller: by due date,
 * the longest overdue first, 50 a page, each with where it stands (late with the interest and fee
 * owed to date, due within {@code cadre.alerts.invoice-due-within-days}, or awaiting its due date),
 * how many of each there are and what they come to; of one agreement or all; and the links to the
 * invoices' exports, as {@code /api/exports/invoices} allows.
 */
@Controller
@Path("payments")
@RequestScoped
@Allowed({Role.ADMIN, Role.FINANCE, Role.AUDITOR})
public class PaymentPages {

  static final int PAGE_SIZE = 50;

  @Inject Models models;
  @Inject MvcContext mvc;
  @Inject UnpaidInvoices invoices;
  @Inject Agreements agreements;

  /** How many invoices stand where, and the amount incl. VAT they all come to. */
  public record Summary(long late, long dueSoon, long awaiting, Money totalTtc) {

    static Summary of(List<Unpaid> all) {
      Money total = Money.ZERO;
      for (Unpaid u : all) {
        total = total.plus(u.invoice().amountTtc());
      }
      return new Summary(
          count(all, Standing.LATE),
          count(all, Standing.DUE_SOON),
          count(all, Standing.AWAITING),
          total);
    }

    private static long count(List<Unpaid> all, Standing standing) {
      return all.stream().filter(u -> u.standing() == standing).count();
    }

    public long all() {
      return late + dueSoon + awaiting;
    }
  }

  @GET
  public String payments(
      @QueryParam("agreement") String agreement, @QueryParam("page") String page) {
    FormErrors errors = new FormErrors();
    Optional<Long> chosen = Optional.empty();
    if (agreement != null && !agreement.isBlank()) {
      try {
        chosen = Optional.of(Long.valueOf(agreement.strip()));
      } catch (NumberFormatException e) {
        errors.add("agreement", new Texts(mvc.getLocale()).get("list.error.choice"));
      }
    }
    List<Unpaid> all = invoices.on(LocalDate.now(), chosen);
    int number = PageNumber.of(page);
    int first = (int) Math.min((long) number * PAGE_SIZE, all.size());
    int last = Math.min(first + PAGE_SIZE, all.size());
    models.put("unpaid", all.subList(first, last));
    models.put("summary", Summary.of(all));
    models.put("dueWithinDays", invoices.dueWithinDays());
    models.put("pageNumber", number);
    models.put("more", last < all.size());
    models.put("agreement", chosen.map(String::valueOf).orElse(""));
    models.put("errors", errors);
    models.put("agreements", agreements.all());
    return "ledger/payments.jte";
  }
}
