package fr.cadre.ledger.control;

import fr.cadre.access.control.Caller;
import fr.cadre.ordering.control.EcbRateTable;
import fr.cadre.ordering.entity.EcbRates;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.LateInterest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invoices awaiting payment on a day, each with where it stands: late (with the interest and
 * fee owed to that day), due within {@code cadre.alerts.invoice-due-within-days}, or awaiting its
 * due date; by due date, the longest overdue first. The alerts take the first two kinds from here;
 * the payments page lists them all.
 *
 * <p>Scope: the query carries the caller's condition ({@link Caller#where}): a member's users see
 * their member's invoices only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnpaidInvoices {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AlertSettings settings;
  @Inject EcbRateTable rates;

  /** Where an unpaid invoice stands on a day. */
  public enum Standing {
    LATE,
    DUE_SOON,
    AWAITING;

    /** Late past its due date; due soon within {@code withinDays} of it, the due day included. */
    public static Standing of(long daysLeft, int withinDays) {
      if (daysLeft < 0) {
        return LATE;
      }
      return daysLeft <= withinDays ? DUE_SOON : AWAITING;
    }
  }

  /**
   * One unpaid invoice: where it stands, the days left to its due date (negative once past), and
   * what is owed for the delay so far ({@link LateInterest#NONE} unless late).
   */
  public record Unpaid(Invoice invoice, Standing standing, long daysLeft, LateInterest late) {}

  /** The days before its due date from which an invoice is due soon. */
  public int dueWithinDays() {
    return settings.invoiceDueWithinDays();
  }

  /** Every unpaid invoice the caller may see, of one agreement or all, by due date then id. */
  public List<Unpaid> on(LocalDate day, Optional<Long> agreementId) {
    StringBuilder jpql = new StringBuilder("SELECT i FROM Invoice i WHERE i.paidOn IS NULL");
    Map<String, Object> params = new LinkedHashMap<>();
    agreementId.ifPresent(
        id -> {
          jpql.append(" AND i.voucher.agreement.id = :agreement");
          params.put("agreement", id);
        });
    caller.where(jpql, params, "i.voucher.member.id", "i.voucher.holder.id");
    var query =
        em.createQuery(jpql.append(" ORDER BY i.receivedOn, i.id").toString(), Invoice.class);
    params.forEach(query::setParameter);
    EcbRates table = null;
    List<Unpaid> unpaid = new ArrayList<>();
    for (Invoice invoice : query.getResultList()) {
      long left = invoice.clock().daysLeft(day);
      Standing standing = Standing.of(left, settings.invoiceDueWithinDays());
      LateInterest late = LateInterest.NONE;
      if (standing == Standing.LATE) {
        table = table == null ? rates.rates() : table;
        late = LateInterest.of(invoice.amountTtc(), invoice.clock(), day, table);
      }
      unpaid.add(new Unpaid(invoice, standing, left, late));
    }
    // The due date comes from the clock (receipt or service done, plus the member's delay), which
    // no column holds: sorted here, the query's order kept among equal dates.
    unpaid.sort(Comparator.comparing((Unpaid u) -> u.invoice().dueOn()));
    return unpaid;
  }
}
