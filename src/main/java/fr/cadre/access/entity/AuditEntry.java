package fr.cadre.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of the audit log: who (a login; none for a name that is no account), when, from which
 * address, what, on what. Written once, never changed; it never holds a password or a token.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** What is recorded. */
  public enum Action {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    USER_CREATED,
    USER_CHANGED,
    USER_DEACTIVATED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    ACCESS_REFUSED,
    IMPORT_STARTED,
    VOUCHER_TRANSITION
  }

  @Id
  @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
  private Long id;

  @Column(nullable = false)
  private LocalDateTime at;

  @Column(length = 100)
  private String actor;

  @Column(length = 64)
  private String address;

  @Column(nullable = false, length = 40)
  private String action;

  @Column(length = 200)
  private String target;

  @Column(length = 1000)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      LocalDateTime at, String actor, String address, Action action, String target, String detail) {
    this.at = at;
    this.actor = actor;
    this.address = cut(address, 64);
    this.action = action.name();
    this.target = cut(target, 200);
    this.detail = cut(detail, 1000);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long id() {
    return id;
  }

  public LocalDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String address() {
    return address;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public String detail() {
    return detail;
  }
}
