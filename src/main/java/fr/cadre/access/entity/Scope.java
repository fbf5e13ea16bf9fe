package fr.cadre.access.entity;

/**
 * Whose data a user acts on: one member's, one operator's, or the whole consortium's (both ids
 * null). A role says what a user may do; the scope says on which records.
 */
public record Scope(Long memberId, Long operatorId) {

  public static final Scope CONSORTIUM = new Scope(null, null);

  public Scope {
    if (memberId != null && operatorId != null) {
      throw new IllegalArgumentException("un utilisateur appartient à un membre ou à un titulaire");
    }
  }

  public boolean consortiumWide() {
    return memberId == null && operatorId == null;
  }

  public boolean ofMember() {
    return memberId != null;
  }

  public boolean ofOperator() {
    return operatorId != null;
  }
}
