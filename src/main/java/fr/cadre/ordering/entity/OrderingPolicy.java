package fr.cadre.ordering.entity;

import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configurable parts of the ordering rules: whether the coordinator orders for every site
 * (R2162-6), how far a voucher's execution may run past the agreement's end (R2162-5), the
 * consumption percentages of a lot's maximum that trigger a warning, and how many decimals a
 * quantity may have, by unit (hours by the quarter, flat rates whole).
 */
public record OrderingPolicy(
    boolean coordinatorOrdersForAll,
    int executionOverrunLimitDays,
    List<Integer> warningThresholds,
    int quantityDecimals,
    Map<String, Integer> quantityDecimalsByUnit) {

  public static final OrderingPolicy DEFAULT =
      new OrderingPolicy(true, 90, List.of(80, 95), 2, Map.of());

  public OrderingPolicy {
    warningThresholds = warningThresholds.stream().sorted((a, b) -> b - a).toList();
    quantityDecimalsByUnit = Map.copyOf(quantityDecimalsByUnit);
  }

  /** The decimals a quantity of this unit may have. */
  public int quantityDecimals(String unit) {
    return quantityDecimalsByUnit.getOrDefault(unit, quantityDecimals);
  }

  /**
   * The warning once a lot's running total reaches a threshold of its maximum: the highest
   * threshold reached, saying whether this voucher crossed it. Empty below every threshold or
   * without a maximum.
   */
  public Optional<String> thresholdWarning(
      int lotNumber, String periodLabel, Money consumedBefore, Money consumedAfter, Money maximum) {
    if (maximum == null || maximum.amount().signum() <= 0) {
      return Optional.empty();
    }
    for (int threshold : warningThresholds) {
      if (reached(consumedAfter, maximum, threshold)) {
        return Optional.of(
            "le lot "
                + lotNumber
                + " a consommé "
                + percentOf(consumedAfter, maximum).stripTrailingZeros().toPlainString()
                + " % de son maximum pour la "
                + periodLabel
                + (reached(consumedBefore, maximum, threshold)
                    ? ""
                    : " (seuil de " + threshold + " % franchi)"));
      }
    }
    return Optional.empty();
  }

  /** Compared exactly: 799.99 € of 1,000 € has not reached 80 %, though it rounds to it. */
  private static boolean reached(Money consumed, Money maximum, int threshold) {
    return consumed
            .amount()
            .multiply(BigDecimal.valueOf(100))
            .compareTo(maximum.amount().multiply(BigDecimal.valueOf(threshold)))
        >= 0;
  }

  /** For the message only, to the hundredth. */
  private static BigDecimal percentOf(Money part, Money whole) {
    return part.amount()
        .multiply(BigDecimal.valueOf(100))
        .divide(whole.amount(), 2, RoundingMode.HALF_UP);
  }
}
