package fr.cadre.ledger.control;

import fr.cadre.access.control.Caller;
import fr.cadre.agreement.control.Agreements;
import fr.cadre.agreement.entity.AgreementPeriod;
import fr.cadre.agreement.entity.FrameworkAgreement;
import fr.cadre.kernel.Money;
import fr.cadre.ledger.entity.Alert;
import fr.cadre.ledger.entity.Alert.Kind;
import fr.cadre.ledger.entity.Forecast;
import fr.cadre.ledger.entity.InvoiceAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alerts of a day: maximum thresholds crossed, minimums at risk before their period ends,
 * agreements and periods ending, invoices due soon or late. Read from the ledger's running totals
 * and the unpaid invoices ({@link UnpaidInvoices}, each alert written by {@link InvoiceAlert}); the
 * thresholds and delays are {@link AlertSettings}.
 *
 * <p>Scope: the invoices' query carries the caller's condition ({@link Caller#where}): a member's
 * user is alerted about its member's invoices only. The lots' thresholds, minimums and the
 * agreements' ends concern everyone who orders on them and are shown to all who may read alerts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Alerts {

  @PersistenceContext EntityManager em;
  @Inject Agreements agreements;
  @Inject AlertSettings settings;
  @Inject UnpaidInvoices invoices;

  public List<Alert> on(LocalDate day, Optional<Long> agreementId) {
    List<FrameworkAgreement> scope =
        agreementId.map(id -> List.of(agreements.agreement(id))).orElseGet(agreements::all);
    List<Alert> alerts = new ArrayList<>();
    for (FrameworkAgreement agreement : scope) {
      if (!agreement.isInForceOn(day)) {
        continue;
      }
      ending(agreement, day, alerts);
      agreement.periodContaining(day).ifPresent(period -> lots(agreement, period, day, alerts));
    }
    invoices(day, agreementId, alerts);
    return alerts;
  }

  private void ending(FrameworkAgreement agreement, LocalDate day, List<Alert> alerts) {
    int within = settings.endingWithinDays();
    long left = ChronoUnit.DAYS.between(day, agreement.end());
    if (left <= within) {
      alerts.add(
          new Alert(
              Kind.AGREEMENT_ENDING,
              "l'accord-cadre " + agreement.reference() + " prend fin dans " + left + " jours",
              agreement.id(),
              null,
              null,
              null,
              null,
              null,
              null,
              Map.of("daysLeft", BigDecimal.valueOf(left)),
              agreement.end().minusDays(within)));
      return;
    }
    agreement
        .periodContaining(day)
        .filter(p -> ChronoUnit.DAYS.between(day, p.end()) <= within)
        .ifPresent(
            p ->
                alerts.add(
                    new Alert(
                        Kind.PERIOD_ENDING,
                        "la "
                            + p.label()
                            + " de l'accord-cadre "
                            + agreement.reference()
                            + " prend fin dans "
                            + ChronoUnit.DAYS.between(day, p.end())
                            + " jours",
                        agreement.id(),
                        p.index(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of(
                            "daysLeft", BigDecimal.valueOf(ChronoUnit.DAYS.between(day, p.end()))),
                        p.end().minusDays(within))));
  }

  private void lots(
      FrameworkAgreement agreement, AgreementPeriod period, LocalDate day, List<Alert> alerts) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT l.id, l.number, p.minimum, p.maximum, p.consumed FROM lot_period p"
                    + " JOIN lot l ON l.id = p.lot_id"
                    + " WHERE l.agreement_id = ?1 AND p.period_index = ?2 AND l.active = TRUE"
                    + " ORDER BY l.number")
            .setParameter(1, agreement.id())
            .setParameter(2, period.index())
            .getResultList();
    for (Object r : rows) {
      Object[] c = (Object[]) r;
      long lotId = ((Number) c[0]).longValue();
      int number = ((Number) c[1]).intValue();
      Money minimum = Money.of((BigDecimal) c[2]);
      Money maximum = Money.of((BigDecimal) c[3]);
      Money committed = new Money((BigDecimal) c[4]);
      if (maximum != null && maximum.amount().signum() > 0) {
        threshold(agreement, period, lotId, number, maximum, committed, alerts);
      }
      long left = ChronoUnit.DAYS.between(day, period.end());
      Money forecast = Forecast.atPeriodEnd(committed, period, day);
      if (left <= settings.minimumDaysBeforeEnd() && Forecast.minimumAtRisk(forecast, minimum)) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("minimum", minimum.amount());
        figures.put("committed", committed.amount());
        figures.put("forecast", forecast.amount());
        figures.put("shortfall", minimum.minus(forecast).amount());
        alerts.add(
            new Alert(
                Kind.MINIMUM_AT_RISK,
                "lot "
                    + number
                    + ", "
                    + period.label()
                    + " : la prévision de fin de période ("
                    + forecast.toFrench()
                    + ") reste sous le minimum de "
                    + minimum.toFrench()
                    + " ; le titulaire peut réclamer sa marge perdue",
                agreement.id(),
                period.index(),
                lotId,
                null,
                null,
                null,
                null,
                figures,
                period.end().minusDays(settings.minimumDaysBeforeEnd())));
      }
    }
  }

  private void threshold(
      FrameworkAgreement agreement,
      AgreementPeriod period,
      long lotId,
      int number,
      Money maximum,
      Money committed,
      List<Alert> alerts) {
    BigDecimal share =
        committed
            .amount()
            .multiply(BigDecimal.valueOf(100))
            .divide(maximum.amount(), 1, RoundingMode.HALF_UP);
    Integer crossed = null;
    for (int t : settings.maximumThresholds()) {
      if (share.compareTo(BigDecimal.valueOf(t)) >= 0) {
        crossed = t;
      }
    }
    if (crossed == null) {
      return;
    }
    Money level = maximum.times(BigDecimal.valueOf(crossed).movePointLeft(2));
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("maximum", maximum.amount());
    figures.put("committed", committed.amount());
    figures.put("sharePercent", share);
    figures.put("thresholdPercent", BigDecimal.valueOf(crossed));
    alerts.add(
        new Alert(
            Kind.MAXIMUM_THRESHOLD,
            "lot "
                + number
                + ", "
                + period.label()
                + " : "
                + share.toPlainString().replace('.', ',')
                + " % du maximum engagé (seuil de "
                + crossed
                + " %), reste "
                + maximum.minus(committed).toFrench(),
            agreement.id(),
            period.index(),
            lotId,
            null,
            null,
            null,
            null,
            figures,
            crossedOn(lotId, period.index(), level)));
  }

  /** The issue date of the voucher whose amount took the lot's running total to that level. */
  private LocalDate crossedOn(long lotId, int period, Money level) {
    List<?> day =
        em.createNativeQuery(
                "SELECT MIN(d) FROM (SELECT issue_date AS d, SUM(total_ht - released_ht)"
                    + " OVER (ORDER BY issue_date, id) AS cumulated FROM voucher"
                    + " WHERE lot_id = ?1 AND period_index = ?2"
                    + " AND status NOT IN ('DRAFT', 'CANCELLED')) x WHERE cumulated >= ?3")
            .setParameter(1, lotId)
            .setParameter(2, period)
            .setParameter(3, level.amount())
            .getResultList();
    Object first = day.isEmpty() ? null : day.get(0);
    if (first instanceof LocalDate local) {
      return local;
    }
    return first == null ? null : ((java.sql.Date) first).toLocalDate();
  }

  private void invoices(LocalDate day, Optional<Long> agreementId, List<Alert> alerts) {
    for (UnpaidInvoices.Unpaid unpaid : invoices.on(day, agreementId)) {
      if (unpaid.standing() == UnpaidInvoices.Standing.LATE) {
        alerts.add(InvoiceAlert.late(unpaid.invoice(), unpaid.daysLeft(), unpaid.late()));
      } else if (unpaid.standing() == UnpaidInvoices.Standing.DUE_SOON) {
        alerts.add(
            InvoiceAlert.dueSoon(
                unpaid.invoice(), unpaid.daysLeft(), settings.invoiceDueWithinDays()));
      }
    }
  }
}
