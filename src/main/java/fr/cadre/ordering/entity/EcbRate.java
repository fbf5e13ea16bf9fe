package fr.cadre.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An ECB main refinancing rate an administrator added beyond the shipped table. */
@Entity
@Table(name = "ecb_rate")
public class EcbRate {

  @Id
  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Column(nullable = false, precision = 7, scale = 3)
  private BigDecimal rate;

  @Column(nullable = false, length = 300)
  private String source;

  @Column(name = "recorded_by", nullable = false, length = 200)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  protected EcbRate() {}

  public EcbRate(LocalDate effectiveFrom, BigDecimal rate, String source, String recordedBy) {
    this.effectiveFrom = effectiveFrom;
    this.rate = rate;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public BigDecimal rate() {
    return rate;
  }

  public String source() {
    return source;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
