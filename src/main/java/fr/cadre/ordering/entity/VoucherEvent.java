package fr.cadre.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** One transition of a voucher: who, when (UTC), why. Written once, never updated. */
@Entity
@Table(name = "voucher_event")
public class VoucherEvent {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "voucher_id", updatable = false)
  private Voucher voucher;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 20, updatable = false)
  private VoucherStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 20, updatable = false)
  private VoucherStatus to;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(nullable = false, length = 200, updatable = false)
  private String actor;

  @Column(length = 1000, updatable = false)
  private String reason;

  protected VoucherEvent() {}

  VoucherEvent(Voucher voucher, VoucherStatus from, VoucherStatus to, String actor, String reason) {
    this.voucher = voucher;
    this.from = from;
    this.to = to;
    // To the microsecond, as both databases store it: the issue answers the time that is kept.
    this.at = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    this.actor = actor;
    this.reason = reason;
  }

  public VoucherStatus from() {
    return from;
  }

  public VoucherStatus to() {
    return to;
  }

  public LocalDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }
}
