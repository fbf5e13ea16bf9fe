package fr.cadre.ordering.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The payment delay of one invoice (R2192-10, R2192-11, R2192-12): it runs from the invoice's
 * receipt, or from the service done when that comes later, for the member's delay in days (30 for
 * the State, local authorities and OPHs, 60 for SA d'HLM companies, unless the member set its own).
 */
public record PaymentClock(LocalDate start, int delayDays) {

  public static PaymentClock of(LocalDate receivedOn, LocalDate serviceDoneOn, int delayDays) {
    LocalDate start =
        serviceDoneOn != null && serviceDoneOn.isAfter(receivedOn) ? serviceDoneOn : receivedOn;
    return new PaymentClock(start, delayDays);
  }

  /** The last day the buyer may pay without owing late interest. */
  public LocalDate dueOn() {
    return start.plusDays(delayDays);
  }

  /** Days left until the due date; negative once it has passed. */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, dueOn());
  }

  /** Days past the due date of a payment made that day; zero when on time. */
  public long daysLate(LocalDate paidOn) {
    return Math.max(0, ChronoUnit.DAYS.between(dueOn(), paidOn));
  }
}
