package fr.cadre.pages;

import fr.cadre.kernel.FrenchDates;
import fr.cadre.kernel.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, amounts and dates as the page's language writes them: in French through the kernel's
 * {@link Money} and {@link FrenchDates} (1 234,56 €, 01/12/2026), in English 1,234.56 € and
 * 2026-12-01.
 */
public final class Formats {

  private static final DateTimeFormatter FRENCH_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter ENGLISH_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final boolean french;

  public Formats(String language) {
    this.french = !"en".equals(language);
  }

  public String money(Money amount) {
    if (amount == null) {
      return "";
    }
    if (french) {
      return amount.toFrench();
    }
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
            .format(amount.amount())
        + "\u00A0€";
  }

  /** A quantity with as many decimals as it has, grouped by thousands. */
  public String number(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormatSymbols symbols =
        DecimalFormatSymbols.getInstance(french ? Locale.FRANCE : Locale.UK);
    if (french) {
      symbols.setGroupingSeparator('\u202F');
    }
    DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
    return format.format(value);
  }

  /** A percentage, one decimal at most. */
  public String percent(BigDecimal value) {
    if (value == null) {
      return "";
    }
    DecimalFormat format =
        new DecimalFormat(
            "0.#", DecimalFormatSymbols.getInstance(french ? Locale.FRANCE : Locale.UK));
    return format.format(value) + (french ? "\u00A0%" : "%");
  }

  public String date(LocalDate day) {
    if (day == null) {
      return "";
    }
    return french ? FrenchDates.of(day) : day.toString();
  }

  public String time(LocalDateTime at) {
    return at == null ? "" : (french ? FRENCH_TIME : ENGLISH_TIME).format(at);
  }
}
