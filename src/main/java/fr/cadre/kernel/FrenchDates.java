package fr.cadre.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in French: {@code 01/12/2026} in messages, {@code 1er décembre 2026} in
 * prose. The API itself keeps ISO dates ({@code 2026-12-01}); only text for people goes here.
 */
public final class FrenchDates {

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

  private FrenchDates() {}

  public static String of(LocalDate day) {
    return day == null ? "" : SHORT.format(day);
  }

  /** {@code 1er décembre 2026}, {@code 2 janvier 2027}: the first of a month is an ordinal. */
  public static String longForm(LocalDate day) {
    if (day == null) {
      return "";
    }
    int date = day.getDayOfMonth();
    return (date == 1 ? "1er" : String.valueOf(date)) + " " + MONTH_YEAR.format(day);
  }
}
