package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.VatRate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One ordered line, with the price schedule's code, label, unit, unit price and VAT rate copied at
 * issue: a later price revision never changes an issued voucher (R2112-13).
 *
 * <p>An entity of its own, keyed by its voucher and position, rather than a collection of values:
 * EclipseLink writes a value collection's rows right after each voucher's, so a batch of issues
 * would alternate between the two inserts and send each alone; entities of one class are written
 * together, in one round trip.
 */
@Entity
@Table(name = "voucher_line")
@IdClass(VoucherLine.Key.class)
public class VoucherLine {

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "voucher_id", nullable = false)
  private Voucher voucher;

  @Id
  @Column(nullable = false)
  private int position;

  @Column(name = "price_code", nullable = false, length = 30)
  private String code;

  @Column(nullable = false, length = 300)
  private String label;

  @Column(nullable = false, length = 50)
  private String unit;

  @Column(nullable = false, precision = 12, scale = 3)
  private BigDecimal quantity;

  @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
  private Money unitPrice;

  @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
  private VatRate vatRate;

  @Column(name = "line_ht", nullable = false, precision = 15, scale = 2)
  private Money lineHt;

  @Column(name = "line_vat", nullable = false, precision = 15, scale = 2)
  private Money lineVat;

  @Column(name = "delivered_quantity", precision = 12, scale = 3)
  private BigDecimal deliveredQuantity;

  protected VoucherLine() {}

  /** A line priced from the schedule: HT rounded half-up, VAT per line (none if exempt). */
  VoucherLine(
      Voucher voucher, int position, PriceLine price, BigDecimal quantity, boolean vatExempt) {
    this.voucher = voucher;
    this.position = position;
    this.code = price.code();
    this.label = price.label();
    this.unit = price.unit();
    this.quantity = quantity;
    this.unitPrice = price.unitPrice();
    this.vatRate = vatExempt ? VatRate.NONE : price.vatRate();
    this.lineHt = unitPrice.times(quantity);
    this.lineVat = vatRate.vatOn(lineHt);
  }

  /** Adds one part's delivered quantity to what the line has delivered so far. */
  void deliver(BigDecimal more) {
    this.deliveredQuantity = delivered().add(more);
  }

  /** What the line has delivered so far, in every certified part. */
  public BigDecimal delivered() {
    return deliveredQuantity == null ? BigDecimal.ZERO : deliveredQuantity;
  }

  public BigDecimal remaining() {
    return quantity.subtract(delivered());
  }

  public boolean fullyDelivered() {
    return remaining().signum() <= 0;
  }

  /** The delivered quantity at the unit price, rounded half-up to the cent like the line. */
  public Money deliveredHt() {
    return unitPrice.times(delivered());
  }

  public int position() {
    return position;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public String unit() {
    return unit;
  }

  public BigDecimal quantity() {
    return quantity;
  }

  public Money unitPrice() {
    return unitPrice;
  }

  public VatRate vatRate() {
    return vatRate;
  }

  public Money lineHt() {
    return lineHt;
  }

  public Money lineVat() {
    return lineVat;
  }

  public BigDecimal deliveredQuantity() {
    return deliveredQuantity;
  }

  /** The line's key: its voucher's id and its position on it. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long voucher;
    private int position;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(voucher, k.voucher) && position == k.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(voucher, position);
    }
  }
}
