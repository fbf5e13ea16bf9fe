package fr.cadre.agreement.entity;

/**
 * How a voucher finds its holder when a lot has several (multi-attributaire): the agreement states
 * one of these, and the voucher records which was applied.
 */
public enum AllocationRule {
  /** Each site is served by the holder named on it. */
  FIXED_PER_SITE,
  /** The holder ranked first, then the next when one declines (cascade). */
  CASCADE
}
