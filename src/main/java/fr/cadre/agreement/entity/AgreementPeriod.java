package fr.cadre.agreement.entity;

import fr.cadre.kernel.DateRange;
import java.time.LocalDate;

/**
 * One period of an agreement: the initial period (index 0) or renewal n (reconduction n, R2112-4).
 * Minimums and maximums are stated per lot and per period.
 */
public record AgreementPeriod(int index, LocalDate start, LocalDate end) {

  public DateRange range() {
    return new DateRange(start, end);
  }

  public boolean contains(LocalDate day) {
    return range().contains(day);
  }

  /** "période initiale" or "reconduction 2", as screens and vouchers say it. */
  public String label() {
    return index == 0 ? "période initiale" : "reconduction " + index;
  }
}
