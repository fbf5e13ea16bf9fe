package fr.cadre.ledger.entity;

import fr.cadre.kernel.FrenchDates;
import fr.cadre.ordering.entity.EcbRates;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.LateInterest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The alert an unpaid invoice raises on a day: late once its due date has passed, with the late
 * interest and flat fee it owes the holder so far (R2192-31, D2192-35); due soon within the days
 * the settings give; none before.
 */
public final class InvoiceAlert {

  private InvoiceAlert() {}

  /** Whether the invoice is past its due date on that day (its alert then needs the ECB rates). */
  public static boolean late(Invoice invoice, LocalDate day) {
    return invoice.dueOn().isBefore(day);
  }

  /** {@code rates} is read only for a late invoice; it may be null when none is. */
  public static Optional<Alert> on(
      Invoice invoice, LocalDate day, int dueWithinDays, EcbRates rates) {
    LocalDate due = invoice.dueOn();
    long left = ChronoUnit.DAYS.between(day, due);
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("amountTtc", invoice.amountTtc().amount());
    figures.put("daysLeft", BigDecimal.valueOf(left));
    String where = "facture " + invoice.reference() + " du bon " + invoice.voucher().number();
    if (left < 0) {
      LateInterest late = LateInterest.of(invoice.amountTtc(), invoice.clock(), day, rates);
      figures.put("lateInterest", late.interest().amount());
      figures.put("flatFee", late.flatFee().amount());
      return Optional.of(
          alert(
              Alert.Kind.INVOICE_LATE,
              where
                  + " : échue le "
                  + FrenchDates.of(due)
                  + ", "
                  + late.daysLate()
                  + " jours de retard ; intérêts moratoires à ce jour "
                  + late.interest().toFrench()
                  + " et indemnité forfaitaire "
                  + late.flatFee().toFrench(),
              invoice,
              figures,
              due.plusDays(1)));
    }
    if (left <= dueWithinDays) {
      return Optional.of(
          alert(
              Alert.Kind.INVOICE_DUE,
              where + " : à payer d'ici le " + FrenchDates.of(due) + " (" + left + " jours)",
              invoice,
              figures,
              due.minusDays(dueWithinDays)));
    }
    return Optional.empty();
  }

  private static Alert alert(
      Alert.Kind kind,
      String message,
      Invoice invoice,
      Map<String, BigDecimal> figures,
      LocalDate since) {
    return new Alert(
        kind,
        message,
        invoice.voucher().agreement().id(),
        invoice.voucher().periodIndex(),
        invoice.voucher().lot().id(),
        invoice.voucher().member().id(),
        invoice.voucher().number(),
        invoice.voucher().id(),
        invoice.reference(),
        figures,
        since);
  }
}
