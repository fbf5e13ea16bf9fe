package fr.cadre.access.entity;

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
import java.time.LocalDateTime;

/**
 * A personal API token, sent as {@code Authorization: Bearer …}: only its SHA-256 is kept. It
 * serves until it expires or its owner revokes it, whichever comes first.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.ofUser",
    query = "SELECT t FROM ApiToken t WHERE t.user.id = :user ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(nullable = false, length = 100)
  private String label;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  protected ApiToken() {}

  public ApiToken(
      User user, String tokenHash, String label, LocalDateTime now, LocalDateTime expiresAt) {
    this.user = user;
    this.tokenHash = tokenHash;
    this.label = label;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Neither revoked nor expired. */
  public boolean validAt(LocalDateTime now) {
    return validAt(revokedAt, expiresAt, now);
  }

  /** The same rule on a token's row read without the entity (each API request reads one). */
  public static boolean validAt(
      LocalDateTime revokedAt, LocalDateTime expiresAt, LocalDateTime now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }

  public void revoke(LocalDateTime now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public User user() {
    return user;
  }

  public String label() {
    return label;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime expiresAt() {
    return expiresAt;
  }

  public LocalDateTime revokedAt() {
    return revokedAt;
  }
}
