package fr.cadre.ordering.entity;

import fr.cadre.kernel.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * One certified part of a voucher's service done (service fait): the day it was done, the
 * quantities delivered per price code and what they are worth excl. VAT. A monthly voucher may be
 * certified week by week; written once, never changed.
 */
@Entity
@Table(name = "voucher_service_done")
public class ServiceDone {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "voucher_id", updatable = false)
  private Voucher voucher;

  @Column(name = "done_on", nullable = false, updatable = false)
  private LocalDate doneOn;

  @Column(name = "amount_ht", nullable = false, precision = 15, scale = 2, updatable = false)
  private Money amountHt;

  @ElementCollection
  @CollectionTable(name = "voucher_delivery", joinColumns = @JoinColumn(name = "service_done_id"))
  @MapKeyColumn(name = "price_code", length = 30)
  @Column(name = "quantity", precision = 12, scale = 3)
  private Map<String, BigDecimal> delivered = new TreeMap<>();

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private LocalDateTime recordedAt;

  protected ServiceDone() {}

  ServiceDone(
      Voucher voucher,
      LocalDate doneOn,
      Map<String, BigDecimal> delivered,
      Money amountHt,
      String actor) {
    this.voucher = voucher;
    this.doneOn = doneOn;
    this.delivered.putAll(delivered);
    this.amountHt = amountHt;
    this.actor = actor;
    this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public Money amountHt() {
    return amountHt;
  }

  public Map<String, BigDecimal> delivered() {
    return Map.copyOf(delivered);
  }

  public String actor() {
    return actor;
  }
}
