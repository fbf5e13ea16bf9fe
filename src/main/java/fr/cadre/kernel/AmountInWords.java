package fr.cadre.kernel;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * An amount in French words, as a voucher states its total ("mille deux cent trente-quatre euros et
 * cinquante-six centimes"). ICU's French spell-out rules handle what hand-written code gets wrong:
 * soixante-et-onze, quatre-vingts, quatre-vingt-un, deux cents but deux cent un, mille without an
 * s, un million d'euros.
 */
public final class AmountInWords {

  private AmountInWords() {}

  public static String of(Money money) {
    BigDecimal amount = money.amount();
    if (amount.signum() < 0) {
      return "moins " + of(new Money(amount.negate()));
    }
    long euros = amount.longValue();
    int cents = amount.remainder(BigDecimal.ONE).movePointRight(2).intValue();
    StringBuilder words = new StringBuilder();
    if (euros > 0 || cents == 0) {
      words.append(spell(euros)).append(euroWord(euros));
    }
    if (cents > 0) {
      if (euros > 0) {
        words.append(" et ");
      }
      words.append(spell(cents)).append(cents > 1 ? " centimes" : " centime");
    }
    return words.toString();
  }

  /** "un million d'euros", "deux milliards d'euros": de before euros after a bare million. */
  private static String euroWord(long euros) {
    if (euros >= 1_000_000 && euros % 1_000_000 == 0) {
      return " d'euros";
    }
    return euros > 1 ? " euros" : " euro";
  }

  /** Building the formatter parses ICU's rules (costly); it is not thread-safe: one per thread. */
  private static final ThreadLocal<RuleBasedNumberFormat> FORMAT =
      ThreadLocal.withInitial(
          () -> new RuleBasedNumberFormat(Locale.FRANCE, RuleBasedNumberFormat.SPELLOUT));

  private static String spell(long n) {
    return FORMAT.get().format(n, "%spellout-cardinal-masculine");
  }
}
