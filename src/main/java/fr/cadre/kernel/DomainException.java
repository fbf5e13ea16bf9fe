package fr.cadre.kernel;

import java.util.List;

/**
 * A request the domain refuses. The kind decides the HTTP status at the boundary; the rule names
 * the legal article or check, so that the buyer knows which limit was hit.
 */
public class DomainException extends RuntimeException {

  /** Why a request is refused; the boundary maps each kind to a status code. */
  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    /** Seen by the caller, but not an action their role or scope allows (403). */
    FORBIDDEN,
    /** Well-formed, but contradicting an earlier request (422). */
    UNPROCESSABLE
  }

  private final Kind kind;
  private final String rule;
  private final transient List<Violation> violations;

  public DomainException(Kind kind, String rule, String message, List<Violation> violations) {
    super(message);
    this.kind = kind;
    this.rule = rule;
    this.violations = List.copyOf(violations);
  }

  public static DomainException invalid(List<Violation> violations) {
    String message =
        violations.size() == 1
            ? violations.get(0).message()
            : violations.size() + " champs invalides";
    String rule = violations.size() == 1 ? violations.get(0).rule() : "validation";
    return new DomainException(Kind.INVALID, rule, message, violations);
  }

  public static DomainException invalid(String field, String rule, String message) {
    return invalid(List.of(new Violation(field, rule, message)));
  }

  public static DomainException notFound(String what, Object id) {
    return new DomainException(
        Kind.NOT_FOUND, "not-found", what + " " + id + " introuvable", List.of());
  }

  public static DomainException conflict(String rule, String message) {
    return new DomainException(Kind.CONFLICT, rule, message, List.of());
  }

  public static DomainException forbidden(String message) {
    return new DomainException(Kind.FORBIDDEN, "forbidden", message, List.of());
  }

  public static DomainException unprocessable(String rule, String message) {
    return new DomainException(Kind.UNPROCESSABLE, rule, message, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public String rule() {
    return rule;
  }

  public List<Violation> violations() {
    return violations;
  }
}
