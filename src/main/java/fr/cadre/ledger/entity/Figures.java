package fr.cadre.ledger.entity;

import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ledger row's figures, in euros: committed (issued and not cancelled, less released remainders)
 * and service done excl. VAT, invoiced and paid excl. and incl. VAT.
 */
public record Figures(
    Money committed, Money done, Money invoicedHt, Money invoicedTtc, Money paidHt, Money paidTtc) {

  public static final Figures ZERO =
      new Figures(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  /** From six numeric cells starting at {@code from}. */
  public static Figures of(Object[] cells, int from) {
    return new Figures(
        money(cells[from]),
        money(cells[from + 1]),
        money(cells[from + 2]),
        money(cells[from + 3]),
        money(cells[from + 4]),
        money(cells[from + 5]));
  }

  private static Money money(Object cell) {
    return cell == null ? Money.ZERO : new Money(new BigDecimal(cell.toString()));
  }

  public Figures plus(Figures o) {
    return new Figures(
        committed.plus(o.committed),
        done.plus(o.done),
        invoicedHt.plus(o.invoicedHt),
        invoicedTtc.plus(o.invoicedTtc),
        paidHt.plus(o.paidHt),
        paidTtc.plus(o.paidTtc));
  }

  /** What the maximum leaves; null without maximum. */
  public Money remaining(Money maximum) {
    return maximum == null ? null : maximum.minus(committed);
  }

  /** The share of the maximum committed, in percent to one decimal; null without maximum. */
  public BigDecimal share(Money maximum) {
    if (maximum == null || maximum.amount().signum() == 0) {
      return null;
    }
    return committed
        .amount()
        .multiply(BigDecimal.valueOf(100))
        .divide(maximum.amount(), 1, RoundingMode.HALF_UP);
  }
}
