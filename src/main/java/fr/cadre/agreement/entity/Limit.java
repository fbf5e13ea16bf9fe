package fr.cadre.agreement.entity;

import fr.cadre.kernel.Money;
import fr.cadre.kernel.Violations;
import java.util.List;

/**
 * A minimum (optional) and a maximum for one period of a lot, in value excl. VAT (R2162-4): a
 * minimum never exceeds its maximum, and a maximum is mandatory for procedures launched from 2022
 * (décret 2021-1111).
 */
public record Limit(int periodIndex, Money minimum, Money maximum) {

  /** The limits for every period of the agreement, each checked (R2162-4). */
  public static void check(FrameworkAgreement agreement, List<Limit> limits, Violations v) {
    check(agreement.terms(), limits, v);
  }

  /**
   * The same check from the terms alone, for a lot whose agreement is not stored yet (an import
   * checks every row before writing any). A limit's problems are reported on {@code periods[i]},
   * {@code i} its place in the list; a period with no limit at all on {@code periods}.
   */
  public static void check(AgreementTerms terms, List<Limit> limits, Violations v) {
    List<AgreementPeriod> periods = terms.periods();
    for (int i = 0; i < limits.size(); i++) {
      Limit limit = limits.get(i);
      String at = "periods[" + i + "]";
      if (limit.periodIndex() < 0 || limit.periodIndex() >= periods.size()) {
        v.add(at + ".index", "period", "l'accord-cadre n'a pas de période " + limit.periodIndex());
        continue;
      }
      String period = periods.get(limit.periodIndex()).label();
      if (limit.minimum() != null && limit.minimum().isNegative()) {
        v.add(at + ".minimum", "positive", "un minimum ne peut pas être négatif");
      }
      if (limit.maximum() != null && !limit.maximum().isGreaterThan(Money.ZERO)) {
        v.add(at + ".maximum", "positive", "un maximum est strictement positif");
      }
      if (limit.minimum() != null
          && limit.maximum() != null
          && limit.minimum().isGreaterThan(limit.maximum())) {
        v.add(
            at + ".minimum",
            "R2162-4",
            "R2162-4 : le minimum ("
                + limit.minimum().toFrench()
                + ") dépasse le maximum ("
                + limit.maximum().toFrench()
                + ") de la "
                + period);
      }
      if (terms.requiresMaximum() && limit.maximum() == null) {
        v.add(at + ".maximum", "R2162-4", maximumRequired(period));
      }
    }
    if (terms.requiresMaximum()) {
      for (AgreementPeriod period : periods) {
        if (limits.stream().noneMatch(l -> l.periodIndex() == period.index())) {
          v.add("periods", "R2162-4", maximumRequired(period.label()));
        }
      }
    }
  }

  private static String maximumRequired(String period) {
    return "R2162-4 (décret 2021-1111) : procédure lancée à partir du 1er janvier 2022, un maximum"
        + " est obligatoire pour la "
        + period;
  }
}
