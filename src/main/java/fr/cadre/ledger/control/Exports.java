package fr.cadre.ledger.control;

import fr.cadre.access.control.Caller;
import fr.cadre.access.entity.Scope;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.control.Table.Column;
import fr.cadre.ordering.control.VoucherSearch;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.Voucher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exports' contents, written row by row to a {@link Table}: the consumption overview, the
 * invoices (or the late ones only) with their payment clocks and late interest, and the issued
 * vouchers matching the list's filters. Lists are read by pages of {@value #PAGE} in id order, so
 * that a long list is streamed with bounded memory.
 *
 * <p>Scope: streamed after the request has ended, each export takes the scope of the request that
 * started it and puts it in every query, as {@link Overview} does: a member's user exports its
 * member's figures, invoices and vouchers only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Exports {

  static final int PAGE = 500;

  @PersistenceContext EntityManager em;
  @Inject Overview overview;
  @Inject VoucherSearch search;

  public void consumption(long agreementId, Scope scope, Table table) throws IOException {
    table.header(
        List.of(
            new Column("Niveau", 10),
            new Column("Nom", 40),
            new Column("Période", 18),
            new Column("Minimum HT", 14),
            new Column("Maximum HT", 14),
            new Column("Engagé HT", 14),
            new Column("Service fait HT", 14),
            new Column("Facturé HT", 14),
            new Column("Facturé TTC", 14),
            new Column("Payé HT", 14),
            new Column("Payé TTC", 14),
            new Column("Reste HT", 14),
            new Column("Part consommée %", 10),
            new Column("Prévision fin de période HT", 16)));
    for (Overview.Row r : overview.of(agreementId, scope)) {
      List<Object> cells = new ArrayList<>(List.of(r.dimension(), r.name(), r.period()));
      cells.addAll(r.amounts());
      table.row(cells);
    }
  }

  /** The invoices of the agreement; with {@code lateOnly}, those paid or still unpaid past due. */
  public void invoices(
      long agreementId, Scope scope, boolean lateOnly, LocalDate today, Table table)
      throws IOException {
    table.header(
        List.of(
            new Column("Bon", 14),
            new Column("Membre", 30),
            new Column("Site", 12),
            new Column("Titulaire", 30),
            new Column("Facture", 16),
            new Column("Reçue le", 12),
            new Column("HT", 14),
            new Column("TVA", 12),
            new Column("TTC", 14),
            new Column("Au-delà du service fait", 12),
            new Column("Délai (jours)", 8),
            new Column("Échéance", 12),
            new Column("Payée le", 12),
            new Column("Jours de retard", 8),
            new Column("Taux des intérêts %", 10),
            new Column("Intérêts moratoires", 14),
            new Column("Indemnité forfaitaire", 14)));
    long after = 0;
    while (true) {
      StringBuilder jpql =
          new StringBuilder(
              "SELECT i FROM Invoice i WHERE i.voucher.agreement.id = :agreement AND i.id > :after");
      Map<String, Object> params = new HashMap<>();
      params.put("agreement", agreementId);
      params.put("after", after);
      Caller.where(scope, jpql, params, "i.voucher.member.id", "i.voucher.holder.id");
      TypedQuery<Invoice> query =
          em.createQuery(jpql.append(" ORDER BY i.id").toString(), Invoice.class);
      params.forEach(query::setParameter);
      List<Invoice> page = query.setMaxResults(PAGE).getResultList();
      for (Invoice i : page) {
        boolean late =
            i.paid() ? i.daysLate() != null && i.daysLate() > 0 : i.dueOn().isBefore(today);
        if (lateOnly && !late) {
          continue;
        }
        Voucher v = i.voucher();
        table.row(
            Arrays.asList(
                v.number(),
                v.member().name(),
                v.site().code(),
                v.holder().name(),
                i.reference(),
                i.receivedOn(),
                i.amountHt().amount(),
                i.vat().amount(),
                i.amountTtc().amount(),
                i.beyondCertified().amount(),
                i.clock().delayDays(),
                i.dueOn(),
                i.paidOn(),
                i.paid() ? i.daysLate() : Math.max(0, -i.clock().daysLeft(today)),
                i.interestRate(),
                amount(i.lateInterest()),
                amount(i.flatFee())));
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  /** The issued vouchers the list's filters select, in id order. */
  public void vouchers(VoucherSearch.Filter filter, Scope scope, Table table) throws IOException {
    table.header(
        List.of(
            new Column("Numéro", 14),
            new Column("Émis le", 12),
            new Column("Statut", 14),
            new Column("Lot", 6),
            new Column("Période", 6),
            new Column("Membre", 30),
            new Column("Site", 12),
            new Column("Titulaire", 30),
            new Column("Objet", 40),
            new Column("Total HT", 14),
            new Column("TVA", 12),
            new Column("Total TTC", 14),
            new Column("Engagé HT", 14),
            new Column("Service fait HT", 14),
            new Column("Facturé TTC", 14),
            new Column("Payé TTC", 14),
            new Column("Soldé le", 12)));
    long after = 0;
    while (true) {
      List<Voucher> page = search.issuedAfter(filter, scope, after, PAGE);
      for (Voucher v : page) {
        table.row(
            Arrays.asList(
                v.number(),
                v.issueDate(),
                v.status().french(),
                v.lot().number(),
                v.periodIndex(),
                v.member().name(),
                v.site().code(),
                v.holder().name(),
                v.object(),
                v.totalHt().amount(),
                v.totalVat().amount(),
                v.totalTtc().amount(),
                v.committedHt().amount(),
                v.deliveredHt().amount(),
                v.settlement().invoicedTtc().amount(),
                v.settlement().paidTtc().amount(),
                v.settlement().closedOn()));
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private static BigDecimal amount(Money m) {
    return m == null ? null : m.amount();
  }
}
