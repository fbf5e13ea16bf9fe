package fr.cadre.ordering.entity;

import fr.cadre.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice of the holder on a voucher (facture): its reference, receipt date and amounts (VAT is
 * their difference), the payment clock that started with it, and once paid, the late interest and
 * fee owed. {@code beyondCertified} is what it exceeds the certified, not yet invoiced amount by,
 * within the member's tolerance: accepted, and flagged.
 */
@Entity
@Table(name = "voucher_invoice")
public class Invoice {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "voucher_id", updatable = false)
  private Voucher voucher;

  @Column(nullable = false, length = 100, updatable = false)
  private String reference;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "amount_ht", nullable = false, precision = 15, scale = 2, updatable = false)
  private Money amountHt;

  @Column(name = "amount_ttc", nullable = false, precision = 15, scale = 2, updatable = false)
  private Money amountTtc;

  @Column(name = "beyond_certified", nullable = false, precision = 15, scale = 2)
  private Money beyondCertified;

  @Column(name = "clock_start", nullable = false, updatable = false)
  private LocalDate clockStart;

  @Column(name = "delay_days", nullable = false, updatable = false)
  private int delayDays;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @Column(name = "days_late")
  private Integer daysLate;

  @Column(name = "interest_rate", precision = 7, scale = 3)
  private BigDecimal interestRate;

  @Column(name = "late_interest", precision = 15, scale = 2)
  private Money lateInterest;

  @Column(name = "flat_fee", precision = 15, scale = 2)
  private Money flatFee;

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  protected Invoice() {}

  Invoice(
      Voucher voucher,
      String reference,
      LocalDate receivedOn,
      Money amountHt,
      Money amountTtc,
      Money beyondCertified,
      PaymentClock clock,
      String actor) {
    this.voucher = voucher;
    this.reference = reference;
    this.receivedOn = receivedOn;
    this.amountHt = amountHt;
    this.amountTtc = amountTtc;
    this.beyondCertified = beyondCertified;
    this.clockStart = clock.start();
    this.delayDays = clock.delayDays();
    this.actor = actor;
  }

  /** Records the payment and what its lateness owes the holder. */
  void pay(LocalDate on, LateInterest late) {
    this.paidOn = on;
    this.daysLate = (int) late.daysLate();
    this.interestRate = late.rate();
    this.lateInterest = late.interest();
    this.flatFee = late.flatFee();
  }

  public PaymentClock clock() {
    return new PaymentClock(clockStart, delayDays);
  }

  public boolean paid() {
    return paidOn != null;
  }

  public boolean flagged() {
    return beyondCertified.amount().signum() > 0;
  }

  public Long id() {
    return id;
  }

  public Voucher voucher() {
    return voucher;
  }

  public String reference() {
    return reference;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public Money amountHt() {
    return amountHt;
  }

  public Money amountTtc() {
    return amountTtc;
  }

  public Money vat() {
    return amountTtc.minus(amountHt);
  }

  public Money beyondCertified() {
    return beyondCertified;
  }

  public LocalDate dueOn() {
    return clock().dueOn();
  }

  public LocalDate paidOn() {
    return paidOn;
  }

  public Integer daysLate() {
    return daysLate;
  }

  public BigDecimal interestRate() {
    return interestRate;
  }

  public Money lateInterest() {
    return lateInterest;
  }

  public Money flatFee() {
    return flatFee;
  }
}
