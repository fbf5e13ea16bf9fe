package fr.cadre.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people read them in French messages: 01/12/2026, not ISO. */
public final class FrenchDates {

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private FrenchDates() {}

  public static String of(LocalDate day) {
    return day == null ? "" : SHORT.format(day);
  }
}
