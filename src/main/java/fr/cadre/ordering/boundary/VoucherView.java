package fr.cadre.ordering.boundary;

import fr.cadre.kernel.Money;
import fr.cadre.ordering.control.Issued;
import fr.cadre.ordering.entity.Voucher;
import fr.cadre.ordering.entity.VoucherStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A voucher as the API shows it, with its lines and history. */
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
    String invoiceReference,
    BigDecimal invoiceAmount,
    LocalDate paidOn,
    String cancelReason,
    BigDecimal headroomAfter,
    List<String> warnings,
    List<Line> lines,
    List<Event> history) {

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
        amount(v.deliveredHt()),
        v.invoiceReference(),
        amount(v.invoiceAmount()),
        v.paidOn(),
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
        v.history().stream()
            .map(e -> new Event(e.from(), e.to(), e.at(), e.actor(), e.reason()))
            .toList());
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }
}
