package fr.cadre.pages.agreement;

import fr.cadre.agreement.entity.Holder;
import fr.cadre.agreement.entity.Lot;
import fr.cadre.agreement.entity.LotPeriod;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** A lot as its agreement's page shows it: holders by rank, and each period's consumption. */
public record LotAtAGlance(Lot lot, List<Holder> holders, List<PeriodUse> periods) {

  static LotAtAGlance of(Lot lot, List<Holder> holders) {
    return new LotAtAGlance(
        lot,
        holders,
        lot.periods().stream()
            .sorted(Comparator.comparingInt(LotPeriod::periodIndex))
            .map(PeriodUse::new)
            .toList());
  }

  /** One period's limits and what its vouchers consumed, as a share of the maximum. */
  public record PeriodUse(LotPeriod period) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Percent of the maximum consumed, one decimal; null without a maximum. */
    public BigDecimal usedPercent() {
      return percentOf(period.consumed());
    }

    /** Where the minimum falls on the bar, in percent of the maximum; null without either. */
    public BigDecimal minimumPercent() {
      return period.minimum() == null ? null : percentOf(period.minimum());
    }

    /** The bar's width: the percentage, at most the whole bar. */
    public BigDecimal barWidth() {
      BigDecimal used = usedPercent();
      return used == null ? BigDecimal.ZERO : used.min(HUNDRED);
    }

    public boolean overEightyPercent() {
      BigDecimal used = usedPercent();
      return used != null && used.compareTo(BigDecimal.valueOf(80)) >= 0;
    }

    public Money headroom() {
      return period.headroom().orElse(null);
    }

    private BigDecimal percentOf(Money amount) {
      Money maximum = period.maximum();
      if (maximum == null || maximum.amount().signum() <= 0) {
        return null;
      }
      return amount.amount().multiply(HUNDRED).divide(maximum.amount(), 1, RoundingMode.HALF_UP);
    }
  }
}
