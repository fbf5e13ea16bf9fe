package fr.cadre.agreement.entity;

/** Where an agreement stands on a given day. */
public enum AgreementStatus {
  /** Not yet notified to the holders: nothing can be ordered. */
  DRAFT,
  /** Notified, and the day falls between its start and its end. */
  IN_FORCE,
  /** Notified but its start date is still to come. */
  NOT_STARTED,
  /** Its last period has ended. */
  EXPIRED,
  /** Ended early by a termination decision (résiliation). */
  TERMINATED,
  /** Every lot has reached its maximum for the current period: it has exhausted its effects. */
  EXHAUSTED
}
