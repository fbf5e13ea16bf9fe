package fr.cadre.ledger.control;

import fr.cadre.directory.control.Directory;
import fr.cadre.directory.entity.AccountingRegime;
import fr.cadre.directory.entity.Member;
import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.entity.Figures;
import fr.cadre.ordering.entity.Invoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's finance, as its accounting regime follows it: committed, service done, invoiced and
 * paid by budget year and budget line (with the envelope's credit where one is recorded), the
 * invoices awaiting payment and the late ones, and the commitments still open at a year's end
 * (restes à réaliser: committed on that budget year and not yet certified), which public accounting
 * carries over to the next year.
 *
 * <p>Scope: one member's figures; its boundary lets only that member's users (and consortium-wide
 * ones) ask for them ({@code Caller#requireActsForMember}).
 */
@ApplicationScoped
@Transactional
public class FinanceView {

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject fr.cadre.agreement.control.Agreements agreements;

  /** One budget line: its credit (null without envelope), figures, and what is left of it. */
  public record Line(int budgetYear, String budgetLine, Money credit, Figures figures) {

    public Money available() {
      return credit == null ? null : credit.minus(figures.committed());
    }

    /** Committed and not yet certified: what is carried over if the year ends now. */
    public Money stillOpen() {
      Money open = figures.committed().minus(figures.done());
      return open.isNegative() ? Money.ZERO : open;
    }
  }

  /** The view: the member's regime, its lines, and its unpaid and late invoices. */
  public record View(
      Member member, AccountingRegime regime, List<Line> lines, List<Invoice> invoices) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public View of(long memberId, java.util.Optional<Long> agreementId) {
    Member member = directory.member(memberId);
    agreementId.ifPresent(agreements::agreement);
    // Without an agreement: the member's lines summed over all its agreements.
    var lineQuery =
        em.createNativeQuery(
                "SELECT budget_year, budget_line, "
                    + (agreementId.isPresent()
                        ? "credit"
                        : "CASE WHEN COUNT(credit) = COUNT(*) THEN SUM(credit) END")
                    + ", SUM(committed_ht), SUM(done_ht), SUM(invoiced_ht),"
                    + " SUM(invoiced_ttc), SUM(paid_ht), SUM(paid_ttc) FROM budget_line_total"
                    + " WHERE member_id = ?1"
                    + (agreementId.isPresent() ? " AND agreement_id = ?2" : "")
                    + " GROUP BY budget_year, budget_line"
                    + (agreementId.isPresent() ? ", credit" : "")
                    + " ORDER BY budget_year, budget_line")
            .setParameter(1, memberId);
    agreementId.ifPresent(id -> lineQuery.setParameter(2, id));
    List<?> rows = lineQuery.getResultList();
    List<Line> lines = new ArrayList<>();
    for (Object r : rows) {
      Object[] c = (Object[]) r;
      lines.add(
          new Line(
              ((Number) c[0]).intValue(),
              (String) c[1],
              Money.of((BigDecimal) c[2]),
              Figures.of(c, 3)));
    }
    var invoiceQuery =
        em.createQuery(
                "SELECT i FROM Invoice i WHERE i.voucher.member.id = :member"
                    + (agreementId.isPresent() ? " AND i.voucher.agreement.id = :agreement" : "")
                    + " AND (i.paidOn IS NULL OR i.daysLate > 0) ORDER BY i.receivedOn, i.id",
                Invoice.class)
            .setParameter("member", memberId);
    agreementId.ifPresent(id -> invoiceQuery.setParameter("agreement", id));
    List<Invoice> invoices = invoiceQuery.getResultList();
    return new View(member, member.accountingRegime(), lines, invoices);
  }

  /**
   * Records or changes the credit of an envelope (null: the line is no longer checked); the line's
   * figures are the ones issuing has kept, whether or not it had an envelope before.
   */
  public Line envelope(
      long memberId, long agreementId, int budgetYear, String budgetLine, Money credit) {
    directory.member(memberId);
    if (credit != null && credit.isNegative()) {
      throw DomainException.invalid("credit", "positive", "un crédit ne peut être négatif");
    }
    agreements.agreement(agreementId);
    String key =
        " WHERE member_id = ?1 AND agreement_id = ?2 AND budget_year = ?3 AND budget_line = ?4";
    // A null parameter has no type PostgreSQL can infer: a removed credit is the NULL literal.
    String value = credit == null ? "NULL" : credit.amount().toPlainString();
    int updated =
        keyed(
                em.createNativeQuery("UPDATE budget_line_total SET credit = " + value + key),
                memberId,
                agreementId,
                budgetYear,
                budgetLine)
            .executeUpdate();
    if (updated == 0) {
      keyed(
              em.createNativeQuery(
                  "INSERT INTO budget_line_total (member_id, agreement_id, budget_year, budget_line,"
                      + " credit) VALUES (?1, ?2, ?3, ?4, "
                      + value
                      + ")"),
              memberId,
              agreementId,
              budgetYear,
              budgetLine)
          .executeUpdate();
    }
    return of(memberId, java.util.Optional.of(agreementId)).lines().stream()
        .filter(l -> l.budgetYear() == budgetYear && l.budgetLine().equals(budgetLine))
        .findFirst()
        .orElseThrow();
  }

  private static jakarta.persistence.Query keyed(
      jakarta.persistence.Query query, long member, long agreement, int year, String line) {
    return query
        .setParameter(1, member)
        .setParameter(2, agreement)
        .setParameter(3, year)
        .setParameter(4, line);
  }
}
