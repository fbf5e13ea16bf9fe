package fr.cadre.access.control;

import fr.cadre.access.entity.Role;
import fr.cadre.access.entity.Scope;
import fr.cadre.kernel.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authenticated user of this request, for the control classes: their login (the actor in every
 * history), roles and scope, and the JPQL conditions that restrict a query to what they may see. A
 * query adds {@link #where} with the paths of its member and operator; a record the caller may not
 * see is then simply not found (404), as if it did not exist. An action the caller may see but not
 * do is refused by {@link #require} (403). The web pages call the same control classes, so they get
 * the same scoping.
 *
 * <p>It holds nothing of its own, so one instance serves every request: the identity is the
 * request's attribute, set by the authentication mechanism, read through the request's proxy.
 */
@ApplicationScoped
public class Caller {

  @Inject HttpServletRequest request;
  @Inject Audit audit;
  @PersistenceContext EntityManager em;

  /** Where {@link #coordinatedConsortia} keeps its answer for the rest of the request. */
  private static final String COORDINATED = Caller.class.getName() + ".coordinated";

  /** Who; refused as unauthenticated when the mechanism let the request through without one. */
  public Identity identity() {
    if (!(request.getAttribute(Identity.ATTRIBUTE) instanceof Identity found)) {
      throw DomainException.forbidden("authentification requise");
    }
    return found;
  }

  public boolean authenticated() {
    return request.getAttribute(Identity.ATTRIBUTE) instanceof Identity;
  }

  public String login() {
    return identity().login();
  }

  /** The name recorded in a voucher's history, an import run, a log line. */
  public String actor() {
    return identity().login();
  }

  public Set<Role> roles() {
    return identity().roles();
  }

  public boolean has(Role role) {
    return identity().has(role);
  }

  public Scope scope() {
    return identity().scope();
  }

  /** The address the request came from, for the audit log. */
  public String address() {
    return request.getRemoteAddr();
  }

  /** Refused (403) unless the caller holds one of these roles. */
  public void require(Role... anyOf) {
    if (Arrays.stream(anyOf).noneMatch(this::has)) {
      throw forbidden(
          "réservé aux rôles " + String.join(", ", Arrays.stream(anyOf).map(Role::label).toList()));
    }
  }

  /** Refused (403) unless the caller acts for the whole consortium. */
  public void requireConsortiumWide(String what) {
    if (!scope().consortiumWide()) {
      throw forbidden(what + " : réservé aux utilisateurs du groupement");
    }
  }

  /** Refused (403) unless the caller acts for this member (or for every member). */
  public void requireActsForMember(long memberId) {
    Scope scope = scope();
    if (!scope.consortiumWide() && !Long.valueOf(memberId).equals(scope.memberId())) {
      throw forbidden("vous n'agissez que pour votre propre membre");
    }
  }

  /** A refusal (403), recorded in the audit log. */
  public DomainException forbidden(String why) {
    audit.record(
        authenticated() ? login() : null,
        address(),
        fr.cadre.access.entity.AuditEntry.Action.ACCESS_REFUSED,
        request.getMethod() + " " + request.getRequestURI(),
        why);
    return DomainException.forbidden(why);
  }

  /** A record hidden from the caller (answered 404), recorded in the audit log. */
  public void hidden(String what) {
    audit.record(
        login(),
        address(),
        fr.cadre.access.entity.AuditEntry.Action.ACCESS_REFUSED,
        request.getMethod() + " " + request.getRequestURI(),
        what + " hors du périmètre de l'utilisateur (404)");
  }

  /**
   * Appends {@code AND (…)} restricting {@code jpql} to the caller's records: {@code memberPath} is
   * the path of the record's member id (for example {@code v.member.id}), {@code operatorPath} that
   * of its operator id, null when an operator's user sees none of these records. Nothing is
   * appended for a consortium-wide caller.
   */
  public void where(
      StringBuilder jpql, Map<String, Object> params, String memberPath, String operatorPath) {
    String condition = condition(memberPath, operatorPath, params);
    if (condition != null) {
      jpql.append(" AND (").append(condition).append(')');
    }
  }

  /** The condition alone, or null when the caller sees every record. */
  public String condition(String memberPath, String operatorPath, Map<String, Object> params) {
    return condition(scope(), memberPath, operatorPath, params);
  }

  /**
   * The same for a scope taken earlier: work that goes on after the request's own scope, such as a
   * streamed archive, restricts itself to the scope of the request that started it.
   */
  public static void where(
      Scope scope,
      StringBuilder jpql,
      Map<String, Object> params,
      String memberPath,
      String operatorPath) {
    String condition = condition(scope, memberPath, operatorPath, params);
    if (condition != null) {
      jpql.append(" AND (").append(condition).append(')');
    }
  }

  static String condition(
      Scope scope, String memberPath, String operatorPath, Map<String, Object> params) {
    if (scope.consortiumWide()) {
      return null;
    }
    if (scope.ofMember()) {
      params.put("callerMember", scope.memberId());
      return memberPath == null ? "1 = 0" : memberPath + " = :callerMember";
    }
    params.put("callerOperator", scope.operatorId());
    return operatorPath == null ? "1 = 0" : operatorPath + " = :callerOperator";
  }

  /**
   * The consortia whose coordinator is the caller's member: the coordinator runs the procedure for
   * all, and sees all their sites (R2162-6 lets it order for them).
   */
  @SuppressWarnings("unchecked")
  public List<Long> coordinatedConsortia() {
    if (request.getAttribute(COORDINATED) instanceof List<?> known) {
      return (List<Long>) known;
    }
    Scope scope = scope();
    List<Long> coordinated =
        scope.ofMember()
            ? em.createQuery(
                    "SELECT c.id FROM Consortium c WHERE c.coordinator.id = :member", Long.class)
                .setParameter("member", scope.memberId())
                .getResultList()
            : List.of();
    request.setAttribute(COORDINATED, coordinated);
    return coordinated;
  }
}
