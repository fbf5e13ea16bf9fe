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
  private Money minimum;

  @Column(precision = 15, scale = 2)
  private Money maximum;

  @Column(nullable = false, precision = 15, scale = 2)
  private Money consumed = Money.ZERO;

  protected LotPeriod() {}

  LotPeriod(Lot lot, int periodIndex, Money minimum, Money maximum) {
    this.lot = lot;
    this.periodIndex = periodIndex;
    setLimits(minimum, maximum);
  }

  final void setLimits(Money minimum, Money maximum) {
    this.minimum = minimum;
    this.maximum = maximum;
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
    return minimum;
  }

  public Money maximum() {
    return maximum;
  }

  public Money consumed() {
    return consumed;
  }

  /** What may still be ordered; empty when the lot has no maximum (allowed before 2022). */
  public java.util.Optional<Money> headroom() {
    return maximum == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(maximum.minus(consumed));
  }

  public boolean isExhausted() {
    return maximum != null && consumed.compareTo(maximum) >= 0;
  }
}
