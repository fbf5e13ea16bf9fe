package fr.cadre.ordering.entity;

import fr.cadre.agreement.entity.PriceLine;
import fr.cadre.kernel.Money;
import fr.cadre.kernel.VatRate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One ordered line, with the price schedule's code, label, unit, unit price and VAT rate copied at
 * issue: a later price revision never changes an issued voucher (R2112-13).
 */
@Embeddable
public class VoucherLine {

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
  public VoucherLine(int position, PriceLine price, BigDecimal quantity, boolean vatExempt) {
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
}
