package fr.cadre.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in French: {@code 01/12/2026} in messages and tables, {@code 1er
 * décembre 2026} in prose. The API itself keeps ISO dates ({@code 2026-12-01}); only text meant for
 * people goes through here.
 */
public final class FrenchDates {

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

  private FrenchDates() {}

  /** {@code 01/12/2026}; an absent date is an empty text. */
  public static String format(LocalDate date) {
    return date == null ? "" : date.format(SHORT);
  }

  /** {@code 1er décembre 2026}, {@code 2 janvier 2027}: the first of a month is an ordinal. */
  public static String longForm(LocalDate date) {
    if (date == null) {
      return "";
    }
    int day = date.getDayOfMonth();
    return (day == 1 ? "1er" : String.valueOf(day)) + " " + date.format(MONTH_YEAR);
  }
}
