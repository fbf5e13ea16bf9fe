package fr.cadre.ledger.control;

import fr.cadre.access.entity.Scope;

/**
 * The caller's scope as a condition of the ledger's native queries, as {@code Caller#where} is for
 * JPQL: nothing for a consortium-wide user, the member's or the operator's column equal to its id
 * otherwise, and no row at all when the record has no such column. The ids are numbers taken from
 * the user's account, never from the request.
 */
final class ScopeClause {

  private ScopeClause() {}

  static String and(Scope scope, String memberColumn, String operatorColumn) {
    if (scope.consortiumWide()) {
      return "";
    }
    if (scope.ofMember()) {
      return memberColumn == null
          ? " AND 1 = 0"
          : " AND " + memberColumn + " = " + scope.memberId();
    }
    return operatorColumn == null
        ? " AND 1 = 0"
        : " AND " + operatorColumn + " = " + scope.operatorId();
  }
}
