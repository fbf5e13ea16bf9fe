package fr.cadre.ordering.boundary;

import fr.cadre.kernel.Money;
import fr.cadre.ordering.control.Issued;
import fr.cadre.ordering.entity.Invoice;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A voucher as the API shows it, with its lines, its parts of service done, its invoices and their
 * payment clocks, and its history.
 */
public record VoucherView(
    long id,
    String number,
    VoucherStatus status,
    LocalDate issueDate,
    long agreementId,
    String agreementReference,
    long lotId,
    int lotNumber,
    Integer periodIndex,
    long memberId,
    String memberName,
    long holderId,
    String holderName,
    long siteId,
    String siteCode,
    String object,
    LocalDate executionStart,
    LocalDate executionEnd,
    String commitmentNumber,
    Integer budgetYear,
    String budgetLine,
    String chorusServiceCode,
    String signatoryName,
    String signatoryRole,
    String allocation,
    boolean vatExempt,
    BigDecimal totalHt,
    BigDecimal totalVat,
    BigDecimal totalTtc,
    BigDecimal deliveredHt,
    BigDecimal committedHt,
    BigDecimal releasedHt,
    BigDecimal invoicedHt,
    BigDecimal invoicedTtc,
    BigDecimal paidHt,
    BigDecimal paidTtc,
    LocalDate closedOn,
    String closingReason,
    String cancelReason,
    BigDecimal headroomAfter,
    List<String> warnings,
    List<Line> lines,
    List<Part> serviceDone,
    List<InvoiceView> invoices,
    List<Event> history) {

  /** One certified part of the service done. */
  public record Part(LocalDate doneOn, BigDecimal amountHt, Map<String, BigDecimal> delivered) {}

  /**
   * One invoice with its payment clock: due date and days left while unpaid; once paid, the days
   * late and the late interest and flat fee owed to the holder.
   */
  public record InvoiceView(
      String reference,
      LocalDate receivedOn,
      BigDecimal amountHt,
      BigDecimal vat,
      BigDecimal amountTtc,
      boolean beyondServiceDone,
      BigDecimal beyondCertified,
      LocalDate clockStart,
      int delayDays,
      LocalDate dueOn,
      Long daysLeft,
      LocalDate paidOn,
      Integer daysLate,
      BigDecimal interestRate,
      BigDecimal lateInterest,
      BigDecimal flatFee) {

    static InvoiceView of(Invoice i, LocalDate today) {
      return new InvoiceView(
          i.reference(),
          i.receivedOn(),
          i.amountHt().amount(),
          i.vat().amount(),
          i.amountTtc().amount(),
          i.flagged(),
          i.beyondCertified().amount(),
          i.clock().start(),
          i.clock().delayDays(),
          i.dueOn(),
          i.paid() ? null : i.clock().daysLeft(today),
          i.paidOn(),
          i.daysLate(),
          i.interestRate(),
          amount(i.lateInterest()),
          amount(i.flatFee()));
    }
  }

  /** One ordered line with its frozen price. */
  public record Line(
      int position,
      String code,
      String label,
      String unit,
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal vatRate,
      BigDecimal lineHt,
      BigDecimal lineVat,
      BigDecimal deliveredQuantity) {}

  /** One transition. */
  public record Event(
      VoucherStatus from, VoucherStatus to, LocalDateTime at, String actor, String reason) {}

  public static VoucherView of(Voucher v) {
    return of(v, null, List.of());
  }

  public static VoucherView of(Issued issued) {
    return of(issued.voucher(), issued.headroomAfter(), issued.warnings());
  }

  static VoucherView of(Voucher v, Money headroomAfter, List<String> warnings) {
    return new VoucherView(
        v.id(),
        v.number(),
        v.status(),
        v.issueDate(),
        v.agreement().id(),
        v.agreement().reference(),
        v.lot().id(),
        v.lot().number(),
        v.periodIndex(),
        v.member().id(),
        v.member().name(),
        v.holder().id(),
        v.holder().name(),
        v.site().id(),
        v.site().code(),
        v.object(),
        v.executionStart(),
        v.executionEnd(),
        v.commitment().number(),
        v.commitment().budgetYear(),
        v.commitment().budgetLine(),
        v.commitment().chorusServiceCode(),
        v.commitment().signatoryName(),
        v.commitment().signatoryRole(),
        v.allocation(),
        v.vatExempt(),
        v.totalHt().amount(),
        v.totalVat().amount(),
        v.totalTtc().amount(),
        v.deliveredHt().amount(),
        v.committedHt().amount(),
        v.settlement().releasedHt().amount(),
        v.settlement().invoicedHt().amount(),
        v.settlement().invoicedTtc().amount(),
        v.settlement().paidHt().amount(),
        v.settlement().paidTtc().amount(),
        v.settlement().closedOn(),
        v.settlement().closingReason(),
        v.cancelReason(),
        amount(headroomAfter),
        warnings,
        v.lines().stream()
            .map(
                l ->
                    new Line(
                        l.position(),
                        l.code(),
                        l.label(),
                        l.unit(),
                        l.quantity(),
                        l.unitPrice().amount(),
                        l.vatRate().percent(),
                        l.lineHt().amount(),
                        l.lineVat().amount(),
                        l.deliveredQuantity()))
            .toList(),
        v.serviceDone().stream()
            .map(p -> new Part(p.doneOn(), p.amountHt().amount(), p.delivered()))
            .toList(),
        v.invoices().stream().map(i -> InvoiceView.of(i, LocalDate.now())).toList(),
        v.history().stream()
            .map(e -> new Event(e.from(), e.to(), e.at(), e.actor(), e.reason()))
            .toList());
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }
}
