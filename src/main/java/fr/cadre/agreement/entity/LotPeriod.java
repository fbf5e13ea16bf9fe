package fr.cadre.agreement.entity;

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

/**
 * A lot's limits for one period (R2162-4: a minimum and a maximum, or a maximum only, in value
 * excl. VAT) and the running total of its non-cancelled vouchers. Issuing a voucher adds to {@code
 * consumed} with one conditional update on this row, so that the maximum holds across concurrent
 * requests and application instances; the vouchers themselves remain the record it is reconciled
 * against.
 */
@Entity
@Table(name = "lot_period")
public class LotPeriod {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Column(name = "period_index", nullable = false)
  private int periodIndex;

  @Column(precision = 15, scale = 2)
  private BigDecimal minimum;

  @Column(precision = 15, scale = 2)
  private BigDecimal maximum;

  @Column(nullable = false, precision = 15, scale = 2)
  private BigDecimal consumed = BigDecimal.ZERO.setScale(2);

  protected LotPeriod() {}

  LotPeriod(Lot lot, int periodIndex, Money minimum, Money maximum) {
    this.lot = lot;
    this.periodIndex = periodIndex;
    setLimits(minimum, maximum);
  }

  final void setLimits(Money minimum, Money maximum) {
    this.minimum = minimum == null ? null : minimum.amount();
    this.maximum = maximum == null ? null : maximum.amount();
  }

  public Long id() {
    return id;
  }

  public Lot lot() {
    return lot;
  }

  public int periodIndex() {
    return periodIndex;
  }

  public Money minimum() {
    return Money.of(minimum);
  }

  public Money maximum() {
    return Money.of(maximum);
  }

  public Money consumed() {
    return new Money(consumed);
  }

  /** What may still be ordered; empty when the lot has no maximum (allowed before 2022). */
  public java.util.Optional<Money> headroom() {
    return maximum == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(maximum().minus(consumed()));
  }

  public boolean isExhausted() {
    return maximum != null && consumed.compareTo(maximum) >= 0;
  }
}
