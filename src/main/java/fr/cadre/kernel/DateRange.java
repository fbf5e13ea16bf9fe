package fr.cadre.kernel;

import java.time.LocalDate;

/**
 * A span of days, both ends included, as contracts state them ("du 1er juillet au 31 décembre").
 */
public record DateRange(LocalDate start, LocalDate end) {

  public DateRange {
    if (start == null || end == null) {
      throw new IllegalArgumentException("a date range has a start and an end");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a date range ends on or after its start");
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether the two spans share at least one day. */
  public boolean overlaps(DateRange other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }
}
