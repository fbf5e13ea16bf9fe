package fr.cadre.ordering.entity;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.Violations;
import java.time.LocalDate;

/**
 * An invoice as the holder sent it: its reference, the day it was received and its amounts excl.
 * and incl. VAT, whose difference is the VAT.
 */
public record InvoiceReceipt(
    String reference, LocalDate receivedOn, Money amountHt, Money amountTtc) {

  /**
   * Amounts that add up, a VAT-exempt holder's without VAT, received after the issue and not ahead.
   */
  void check(boolean vatExempt, LocalDate issuedOn, LocalDate today) {
    Dates.notBefore("receivedOn", receivedOn, issuedOn, "l'émission du bon");
    Dates.notFuture("receivedOn", receivedOn, today);
    new Violations().notNegative("amountHt", amountHt.amount()).throwIfAny();
    if (amountTtc.compareTo(amountHt) < 0) {
      throw DomainException.invalid(
          "amountTtc", "invoice-vat", "le montant TTC d'une facture est au moins son montant HT");
    }
    if (vatExempt && amountTtc.compareTo(amountHt) != 0) {
      throw DomainException.invalid(
          "amountTtc",
          "vat-exempt",
          "le titulaire n'est pas assujetti à la TVA : la facture est sans TVA (TTC = HT)");
    }
  }
}
