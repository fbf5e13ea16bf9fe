package fr.cadre.ordering.entity;

import static fr.cadre.ordering.entity.VoucherStatus.*;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A voucher's financial execution once issued (exécution financière): the service done certified in
 * parts, the holder's invoices against it, their payment with late interest (R2192-31) and the
 * closing (soldé). The rules of each step live here, over the voucher's lines, parts, invoices and
 * settlement; each step is recorded in the voucher's history with the status its money reached. Not
 * persistent: a view over the voucher's own fields, made for each step.
 */
final class VoucherFinance {

  private final Voucher voucher;
  private final List<VoucherLine> lines;
  private final List<ServiceDone> serviceDone;
  private final List<Invoice> invoices;
  private final Settlement settlement;

  VoucherFinance(
      Voucher voucher,
      List<VoucherLine> lines,
      List<ServiceDone> serviceDone,
      List<Invoice> invoices,
      Settlement settlement) {
    this.voucher = voucher;
    this.lines = lines;
    this.serviceDone = serviceDone;
    this.invoices = invoices;
    this.settlement = settlement;
  }

  /**
   * Certifies one part of the service done, on {@code doneOn}, with the quantities delivered per
   * price code (every line's remainder when none is given); in total never more than ordered per
   * line, never before the issue nor in the future, never once the voucher is closed.
   */
  ServiceDone certifyServiceDone(
      Map<String, BigDecimal> delivered, LocalDate doneOn, LocalDate today, String actor) {
    if (settlement.closed()
        || !Set.of(ISSUED, ACKNOWLEDGED, SERVICE_DONE, INVOICED).contains(voucher.status())) {
      throw refused(SERVICE_DONE);
    }
    Dates.notBefore("doneOn", doneOn, voucher.issueDate(), "l'émission du bon");
    Dates.notFuture("doneOn", doneOn, today);
    ServiceDone part =
        new ServiceDone(
            voucher, doneOn, Deliveries.of(lines, delivered, number()), Money.ZERO, actor);
    Money before = settlement.delivered();
    Deliveries.deliver(lines, part.delivered());
    Money after = lines.stream().map(VoucherLine::deliveredHt).reduce(Money.ZERO, Money::plus);
    part = new ServiceDone(voucher, doneOn, part.delivered(), after.minus(before), actor);
    serviceDone.add(part);
    settlement.certified(after);
    settle(
        actor,
        "service fait du " + FrenchDates.of(doneOn) + " : " + part.amountHt().toFrench() + " HT");
    return part;
  }

  /**
   * Closes the voucher (soldé): what was not delivered is released from the lot's and the member's
   * running totals; the certified part stays to be invoiced and paid.
   */
  Money close(String reason, LocalDate on, String actor) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "required", "un bon est soldé avec un motif");
    }
    if (settlement.closed()) {
      throw DomainException.conflict(
          "voucher-lifecycle",
          "le bon " + number() + " est déjà soldé le " + FrenchDates.of(settlement.closedOn()));
    }
    if (!Set.of(SERVICE_DONE, INVOICED).contains(voucher.status())) {
      throw DomainException.conflict(
          "voucher-lifecycle",
          "un bon "
              + voucher.status().french()
              + " ne peut pas être soldé : un bon sans service fait s'annule");
    }
    Money released = voucher.totalHt().minus(settlement.delivered());
    settlement.close(on, reason, released);
    settle(actor, "soldé : " + reason + " ; reste non livré libéré " + released.toFrench() + " HT");
    return released;
  }

  /**
   * Records one of the holder's invoices. Beyond what is certified and not yet invoiced it is
   * refused, unless within the member's tolerance, where it is accepted and flagged. Its payment
   * clock starts at its receipt, or at the last service done when that comes later.
   */
  Invoice invoice(
      InvoiceReceipt receipt, Money tolerance, int delayDays, LocalDate today, String actor) {
    if (!Set.of(SERVICE_DONE, INVOICED).contains(voucher.status())) {
      throw refused(INVOICED);
    }
    receipt.check(voucher.vatExempt(), voucher.issueDate(), today);
    if (invoices.stream().anyMatch(i -> i.reference().equals(receipt.reference()))) {
      throw DomainException.conflict(
          "invoice-reference",
          "la facture " + receipt.reference() + " est déjà enregistrée sur le bon " + number());
    }
    Money beyond =
        settlement.beyondCertified(number(), receipt.reference(), receipt.amountHt(), tolerance);
    LocalDate lastDone =
        serviceDone.stream().map(ServiceDone::doneOn).max(LocalDate::compareTo).orElse(null);
    Invoice invoice =
        new Invoice(
            voucher,
            receipt.reference(),
            receipt.receivedOn(),
            receipt.amountHt(),
            receipt.amountTtc(),
            beyond,
            PaymentClock.of(receipt.receivedOn(), lastDone, delayDays),
            actor);
    invoices.add(invoice);
    settlement.invoiced(receipt.amountHt(), receipt.amountTtc());
    settle(
        actor,
        "facture "
            + receipt.reference()
            + " reçue le "
            + FrenchDates.of(receipt.receivedOn())
            + " : "
            + receipt.amountTtc().toFrench()
            + " TTC"
            + (invoice.flagged()
                ? " ; dépasse le service fait de "
                    + beyond.toFrench()
                    + ", dans la tolérance du membre"
                : ""));
    return invoice;
  }

  /**
   * Pays one invoice (the only unpaid one when no reference is given), never before its receipt nor
   * in the future; a payment after its due date owes the holder late interest and the flat fee.
   */
  Invoice pay(String reference, LocalDate on, LocalDate today, EcbRates rates, String actor) {
    if (voucher.status() != INVOICED) {
      throw refused(PAID);
    }
    Invoice invoice = invoiceToPay(reference);
    Dates.notBefore("paidOn", on, invoice.receivedOn(), "la réception de la facture");
    Dates.notFuture("paidOn", on, today);
    LateInterest late = LateInterest.of(invoice.amountTtc(), invoice.clock(), on, rates);
    invoice.pay(on, late);
    settlement.paid(invoice.amountHt(), invoice.amountTtc());
    settle(
        actor,
        "facture "
            + invoice.reference()
            + " payée le "
            + FrenchDates.of(on)
            + (late.owed()
                ? " avec "
                    + late.daysLate()
                    + " jours de retard : intérêts moratoires "
                    + late.interest().toFrench()
                    + " et indemnité forfaitaire "
                    + late.flatFee().toFrench()
                    + " dus au titulaire"
                : ""));
    return invoice;
  }

  private Invoice invoiceToPay(String reference) {
    if (reference == null) {
      List<Invoice> unpaid = invoices.stream().filter(i -> !i.paid()).toList();
      if (unpaid.size() != 1) {
        throw DomainException.invalid(
            "reference",
            "required",
            "le bon " + number() + " a " + unpaid.size() + " factures à payer : préciser laquelle");
      }
      return unpaid.get(0);
    }
    Invoice invoice =
        invoices.stream()
            .filter(i -> i.reference().equals(reference))
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "reference",
                        "not-found",
                        "le bon " + number() + " n'a pas de facture " + reference));
    if (invoice.paid()) {
      throw DomainException.conflict(
          "invoice-paid",
          "la facture " + reference + " est déjà payée le " + FrenchDates.of(invoice.paidOn()));
    }
    return invoice;
  }

  /**
   * The step the money has reached: paid once nothing is left to deliver (all delivered, or closed)
   * and everything certified is invoiced and paid; invoiced from the first invoice; else service
   * done. Each step is recorded, even when the status stays.
   */
  private void settle(String actor, String reason) {
    boolean nothingLeft =
        settlement.closed() || lines.stream().allMatch(VoucherLine::fullyDelivered);
    VoucherStatus to;
    if (invoices.isEmpty()) {
      to = SERVICE_DONE;
    } else {
      to = nothingLeft && settlement.allInvoicedAndPaid() ? PAID : INVOICED;
    }
    voucher.record(to, actor, reason);
  }

  private DomainException refused(VoucherStatus to) {
    return settlement.closed() && to == SERVICE_DONE
        ? DomainException.conflict(
            "voucher-lifecycle", "le bon " + number() + " est soldé : plus de service fait")
        : voucher.status().cannotMoveTo(to);
  }

  private String number() {
    return voucher.number();
  }
}
