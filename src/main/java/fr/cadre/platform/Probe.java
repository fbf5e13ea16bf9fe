package fr.cadre.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One row written by the probe endpoint: the cheapest write the server can answer. */
@Entity
@Table(name = "probe")
public class Probe {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(name = "written_at", nullable = false)
  private LocalDateTime writtenAt = LocalDateTime.now(ZoneOffset.UTC);

  public Long id() {
    return id;
  }
}
