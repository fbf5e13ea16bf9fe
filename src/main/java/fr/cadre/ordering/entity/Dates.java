package fr.cadre.ordering.entity;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.FrenchDates;
import java.time.LocalDate;

/** The dates of a voucher's steps are coherent: none before the step it follows, none ahead. */
final class Dates {

  private Dates() {}

  static void notFuture(String field, LocalDate day, LocalDate today) {
    if (day.isAfter(today)) {
      throw DomainException.invalid(
          field, "future-date", "le " + FrenchDates.of(day) + " est dans le futur");
    }
  }

  static void notBefore(String field, LocalDate day, LocalDate earliest, String what) {
    if (earliest != null && day.isBefore(earliest)) {
      throw DomainException.invalid(
          field,
          "date-coherence",
          "le " + FrenchDates.of(day) + " précède " + what + " (" + FrenchDates.of(earliest) + ")");
    }
  }
}
