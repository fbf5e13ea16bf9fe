package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.Operator;
import fr.cadre.kernel.DomainException;
import java.util.Comparator;
import java.util.List;

/**
 * How a voucher finds its holder when a lot has several (multi-attributaire): the agreement states
 * one of these, and the voucher records which was applied.
 */
public enum AllocationRule {
  /** Each site is served by the holder named on it. */
  FIXED_PER_SITE,
  /** The holder ranked first, then the next when one declines (cascade). */
  CASCADE;

  /** The holder chosen for a voucher, and how, for the record. */
  public record Allocation(Operator holder, String note) {}

  /**
   * Which holder of lot {@code lotNumber} receives a voucher for a site (R2162-6 then checks it
   * holds the lot): with a fixed holder per site, the site's own, and no other; in a cascade, the
   * first in rank, unless the officer names the next one down after a refusal. {@code
   * rankedHolders} are the lot's holders as read for the order, {@code siteHolder} the holder named
   * on the site, if any.
   */
  Allocation allocate(
      int lotNumber,
      List<Holder> rankedHolders,
      String siteCode,
      Operator siteHolder,
      Operator requested) {
    boolean fixed = this == FIXED_PER_SITE && siteHolder != null;
    if (requested != null) {
      if (fixed && !siteHolder.is(requested)) {
        throw DomainException.invalid(
            "holderId",
            "allocation",
            "le site " + siteCode + " est attribué à " + siteHolder.name());
      }
      return new Allocation(
          requested,
          this == CASCADE ? "cascade : titulaire désigné par l'acheteur" : "titulaire du site");
    }
    if (fixed) {
      return new Allocation(siteHolder, "titulaire fixé pour le site");
    }
    Holder first =
        rankedHolders.stream()
            .min(Comparator.comparingInt(Holder::rank))
            .orElseThrow(
                () ->
                    DomainException.conflict(
                        "R2162-6", "le lot " + lotNumber + " n'a pas de titulaire"));
    return new Allocation(
        first.operator(),
        rankedHolders.size() > 1
            ? "cascade : titulaire de rang " + first.rank()
            : "titulaire unique du lot");
  }
}
