package fr.cadre.agreement.entity;

import fr.cadre.kernel.Money;
import fr.cadre.kernel.ReferenceData;
import fr.cadre.kernel.VatRate;
import fr.cadre.kernel.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * A priced line of the lot's schedule (bordereau des prix unitaires): a voucher orders quantities
 * of these, at the unit price in force on its issue date, frozen on the voucher.
 */
@ReferenceData
@Entity
@Table(name = "price_line")
// Read on every issue (Agreements): named, so that it is parsed once.
@NamedQuery(
    name = "PriceLine.activeByCodes",
    query =
        "SELECT p FROM PriceLine p WHERE p.lot.id = :lot AND p.code IN :codes AND p.active = TRUE")
public class PriceLine {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Column(nullable = false, length = 30)
  private String code;

  @Column(nullable = false, length = 300)
  private String label;

  @Column(nullable = false, length = 50)
  private String unit;

  @Column(name = "unit_price", nullable = false, precision = 15, scale = 2)
  private Money unitPrice;

  @Column(name = "vat_rate", nullable = false, precision = 5, scale = 2)
  private VatRate vatRate;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected PriceLine() {}

  PriceLine(Lot lot, Details details) {
    this.lot = lot;
    revise(details);
  }

  public final void revise(Details d) {
    code = d.code();
    label = d.label();
    unit = d.unit();
    unitPrice = new Money(d.unitPrice());
    vatRate = new VatRate(d.vatRate());
    active = true;
  }

  public void deactivate() {
    active = false;
  }

  public Long id() {
    return id;
  }

  public Lot lot() {
    return lot;
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

  public Money unitPrice() {
    return unitPrice;
  }

  public VatRate vatRate() {
    return vatRate;
  }

  public boolean active() {
    return active;
  }

  public Details details() {
    return new Details(code, label, unit, unitPrice.amount(), vatRate.percent());
  }

  /** A price line as entered or imported. */
  public record Details(
      String code, String label, String unit, BigDecimal unitPrice, BigDecimal vatRate) {

    public Violations check(Violations v) {
      v.required("code", code).required("label", label).required("unit", unit);
      v.required("unitPrice", unitPrice).notNegative("unitPrice", unitPrice);
      v.required("vatRate", vatRate);
      v.check(
          unitPrice == null
              || unitPrice.scale() <= 2
              || unitPrice.stripTrailingZeros().scale() <= 2,
          "unitPrice",
          "cents",
          () -> "un prix unitaire s'exprime en euros et centimes");
      v.check(
          vatRate == null
              || (vatRate.signum() >= 0 && vatRate.compareTo(BigDecimal.valueOf(100)) <= 0),
          "vatRate",
          "vat-rate",
          () -> "un taux de TVA est compris entre 0 et 100 %");
      return v;
    }
  }

  /** Moves on each change written: an import compares it to tell a changed record. */
  public long version() {
    return version;
  }
}
