package fr.cadre.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a piece of work that only one Cadre instance may do at a time, and until when. The
 * holder renews it while it works; once that time has passed without a renewal, the holder is taken
 * for stopped and another instance may take the work over. No lease ({@link #NONE}) is one that has
 * run out.
 *
 * @param holder the instance id, or null when nobody ever held it
 * @param until the instant the lease runs out, or null when nobody ever held it
 */
public record Lease(String holder, Instant until) {

  public static final Lease NONE = new Lease(null, null);

  /** What an instance does with a lease it finds. */
  public enum Move {
    /** Its own: renew it. */
    RENEW,
    /** Another instance's, run out: that instance stopped, take the work over. */
    TAKE_OVER,
    /** Another instance's, still running: leave it. */
    LEAVE
  }

  /** The lease {@code instance} gets at {@code now}, for {@code term}. */
  public static Lease of(String instance, Instant now, Duration term) {
    return new Lease(Objects.requireNonNull(instance), now.plus(term));
  }

  /** Run out at {@code now}: the instant {@code until} itself is already past the lease. */
  public boolean expiredAt(Instant now) {
    return until == null || !now.isBefore(until);
  }

  public boolean heldBy(String instance) {
    return Objects.equals(holder, instance);
  }

  public Move moveFor(String instance, Instant now) {
    if (heldBy(instance)) {
      return Move.RENEW;
    }
    return expiredAt(now) ? Move.TAKE_OVER : Move.LEAVE;
  }

  /**
   * The lease {@code instance} holds once it has claimed it at {@code now}: its own renewed, or one
   * run out taken over; empty while another instance's lease still runs.
   */
  public Optional<Lease> claimedBy(String instance, Instant now, Duration term) {
    return moveFor(instance, now) == Move.LEAVE
        ? Optional.empty()
        : Optional.of(of(instance, now, term));
  }

  /** Its holder renews it; an instance whose lease was taken over has lost it and cannot. */
  public Lease renewedBy(String instance, Instant now, Duration term) {
    if (!heldBy(instance)) {
      throw new IllegalStateException(
          "lease held by " + holder + ", not by " + instance + ": it was taken over");
    }
    return of(instance, now, term);
  }

  /** Given up at {@code now} by its holder: anyone may claim it at once. */
  public Lease releasedAt(Instant now) {
    return new Lease(holder, now);
  }
}
