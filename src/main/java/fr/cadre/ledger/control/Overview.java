package fr.cadre.ledger.control;

import fr.cadre.access.entity.Scope;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.entity.Figures;
import fr.cadre.ledger.entity.Forecast;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an agreement stands, per lot, period, member, site and holder, read from the ledger's
 * running totals (lot_period, member_period, ledger_row), never from the vouchers: a few rows per
 * lot and period whatever the number of vouchers. Agreement-wide figures are sums of the lots'.
 *
 * <p>Scope: a consortium-wide user sees every row; a member's user its member's rows and its sites'
 * (never the lots', the holders' or the agreement's, which add up every member); an operator's user
 * its own holder rows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Overview {

  @PersistenceContext EntityManager em;
  @Inject Agreements agreements;

  /** One row of the overview: what it is, its period, its limits and figures. */
  public record Row(
      String dimension,
      long id,
      String name,
      int periodIndex,
      String period,
      Money minimum,
      Money maximum,
      Figures figures,
      Money forecast) {

    /** The forecast at the period's end stays below the minimum. */
    public boolean minimumAtRisk() {
      return forecast != null && Forecast.minimumAtRisk(forecast, minimum);
    }

    /**
     * The row's figures in the order the exports and the dashboard's tables show them: minimum,
     * maximum, committed, service done, invoiced HT and TTC, paid HT and TTC, remaining, share
     * consumed (%), forecast; a figure the row has not (no limit, no forecast) is null.
     */
    public List<BigDecimal> amounts() {
      return java.util.Arrays.asList(
          amount(minimum),
          amount(maximum),
          figures.committed().amount(),
          figures.done().amount(),
          figures.invoicedHt().amount(),
          figures.invoicedTtc().amount(),
          figures.paidHt().amount(),
          figures.paidTtc().amount(),
          amount(figures.remaining(maximum)),
          figures.share(maximum),
          amount(forecast));
    }

    private static BigDecimal amount(Money m) {
      return m == null ? null : m.amount();
    }
  }

  public List<Row> of(long agreementId, Scope scope) {
    FrameworkAgreement agreement = agreements.agreement(agreementId);
    Map<Integer, AgreementPeriod> labels = new LinkedHashMap<>();
    for (AgreementPeriod p : agreement.periods()) {
      labels.put(p.index(), p);
    }
    List<Row> rows = new ArrayList<>();
    if (scope.consortiumWide()) {
      List<Row> lots =
          rows(
              "LOT",
              "SELECT l.id, CONCAT('Lot ', CAST(l.number AS VARCHAR(10)), ' ', l.label), p.period_index,"
                  + " p.minimum, p.maximum, p.consumed, p.done_ht, p.invoiced_ht, p.invoiced_ttc,"
                  + " p.paid_ht, p.paid_ttc FROM lot_period p JOIN lot l ON l.id = p.lot_id"
                  + " WHERE l.agreement_id = ?1 ORDER BY l.number, p.period_index",
              agreementId,
              labels,
              true);
      rows.addAll(agreementRows(agreement, lots, labels));
      rows.addAll(lots);
    }
    rows.addAll(
        rows(
            "MEMBER",
            "SELECT m.id, m.name, p.period_index, NULL, NULL, p.consumed, p.done_ht, p.invoiced_ht,"
                + " p.invoiced_ttc, p.paid_ht, p.paid_ttc FROM member_period p"
                + " JOIN member m ON m.id = p.member_id WHERE p.agreement_id = ?1"
                + ScopeClause.and(scope, "m.id", null)
                + " ORDER BY m.name, p.period_index",
            agreementId,
            labels,
            false));
    rows.addAll(
        subjects(
            "SITE",
            "site s ON s.id = r.subject_id",
            "s.code",
            ScopeClause.and(scope, "s.member_id", null),
            agreementId,
            labels));
    rows.addAll(
        subjects(
            "HOLDER",
            "operator o ON o.id = r.subject_id",
            "o.name",
            ScopeClause.and(scope, null, "o.id"),
            agreementId,
            labels));
    return rows;
  }

  /** Sites and holders: their rows of every lot, summed per period. */
  private List<Row> subjects(
      String dimension,
      String join,
      String name,
      String scope,
      long agreementId,
      Map<Integer, AgreementPeriod> labels) {
    return rows(
        dimension,
        "SELECT r.subject_id, "
            + name
            + ", r.period_index, NULL, NULL, SUM(r.committed_ht), SUM(r.done_ht),"
            + " SUM(r.invoiced_ht), SUM(r.invoiced_ttc), SUM(r.paid_ht), SUM(r.paid_ttc)"
            + " FROM ledger_row r JOIN "
            + join
            + " WHERE r.agreement_id = ?1 AND r.dimension = '"
            + dimension
            + "'"
            + scope
            + " GROUP BY r.subject_id, "
            + name
            + ", r.period_index ORDER BY "
            + name
            + ", r.period_index",
        agreementId,
        labels,
        false);
  }

  /** The agreement per period: the sum of its lots; a maximum only when every lot has one. */
  private static List<Row> agreementRows(
      FrameworkAgreement agreement, List<Row> lots, Map<Integer, AgreementPeriod> labels) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<Integer, AgreementPeriod> period : labels.entrySet()) {
      Figures sum = Figures.ZERO;
      Money minimum = Money.ZERO;
      Money maximum = Money.ZERO;
      boolean bounded = false;
      for (Row lot : lots) {
        if (lot.periodIndex() != period.getKey()) {
          continue;
        }
        bounded = true;
        sum = sum.plus(lot.figures());
        minimum = lot.minimum() == null ? minimum : minimum.plus(lot.minimum());
        maximum = maximum == null || lot.maximum() == null ? null : maximum.plus(lot.maximum());
      }
      if (bounded) {
        rows.add(
            new Row(
                "AGREEMENT",
                agreement.id(),
                agreement.reference(),
                period.getKey(),
                period.getValue().label(),
                minimum,
                maximum,
                sum,
                Forecast.atPeriodEnd(sum.committed(), period.getValue(), LocalDate.now())));
      }
    }
    return rows;
  }

  private List<Row> rows(
      String dimension,
      String sql,
      long agreementId,
      Map<Integer, AgreementPeriod> labels,
      boolean limits) {
    List<?> result = em.createNativeQuery(sql).setParameter(1, agreementId).getResultList();
    List<Row> rows = new ArrayList<>();
    for (Object r : result) {
      Object[] cells = (Object[]) r;
      int period = ((Number) cells[2]).intValue();
      Figures figures = Figures.of(cells, 5);
      AgreementPeriod p = labels.get(period);
      rows.add(
          new Row(
              dimension,
              ((Number) cells[0]).longValue(),
              (String) cells[1],
              period,
              p.label(),
              limits ? Money.of((BigDecimal) cells[3]) : null,
              limits ? Money.of((BigDecimal) cells[4]) : null,
              figures,
              limits ? Forecast.atPeriodEnd(figures.committed(), p, LocalDate.now()) : null));
    }
    return rows;
  }
}
