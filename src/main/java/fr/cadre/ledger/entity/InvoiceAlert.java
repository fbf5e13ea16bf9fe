package fr.cadre.ledger.entity;

import fr.cadre.kernel.FrenchDates;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.LateInterest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The alert an unpaid invoice raises: late once its due date has passed, with the late interest and
 * flat fee it owes the holder so far (R2192-31, D2192-35); due soon within the days the settings
 * give. Which of them applies on a day is {@code UnpaidInvoices.Standing}'s to say.
 */
public final class InvoiceAlert {

  private InvoiceAlert() {}

  /** A late invoice's alert, with the late interest and flat fee owed so far. */
  public static Alert late(Invoice invoice, long daysLeft, LateInterest late) {
    LocalDate due = invoice.dueOn();
    Map<String, BigDecimal> figures = figures(invoice, daysLeft);
    figures.put("lateInterest", late.interest().amount());
    figures.put("flatFee", late.flatFee().amount());
    return alert(
        Alert.Kind.INVOICE_LATE,
        where(invoice)
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
        due.plusDays(1));
  }

  /** The alert of an invoice due within {@code dueWithinDays}, since that many days before. */
  public static Alert dueSoon(Invoice invoice, long daysLeft, int dueWithinDays) {
    LocalDate due = invoice.dueOn();
    return alert(
        Alert.Kind.INVOICE_DUE,
        where(invoice) + " : à payer d'ici le " + FrenchDates.of(due) + " (" + daysLeft + " jours)",
        invoice,
        figures(invoice, daysLeft),
        due.minusDays(dueWithinDays));
  }

  private static String where(Invoice invoice) {
    return "facture " + invoice.reference() + " du bon " + invoice.voucher().number();
  }

  private static Map<String, BigDecimal> figures(Invoice invoice, long daysLeft) {
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    figures.put("amountTtc", invoice.amountTtc().amount());
    figures.put("daysLeft", BigDecimal.valueOf(daysLeft));
    return figures;
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
