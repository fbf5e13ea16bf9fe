package fr.cadre.agreement.entity;

import fr.cadre.directory.entity.BuyerType;

/**
 * Maximum total duration of a framework agreement, in months, per buyer type (L2125-1: 4 years for
 * pouvoirs adjudicateurs, 8 for entités adjudicatrices). Configurable, the law as default.
 */
public record DurationLimits(int pouvoirAdjudicateurMonths, int entiteAdjudicatriceMonths) {

  public static final DurationLimits LEGAL = new DurationLimits(48, 96);

  public int monthsFor(BuyerType type) {
    return type == BuyerType.ENTITE_ADJUDICATRICE
        ? entiteAdjudicatriceMonths
        : pouvoirAdjudicateurMonths;
  }
}
