package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The clock is passed in: each test sets the instant the lease is judged at. */
@DisplayName("A lease on once-only work: renewed by its holder, taken over only once run out")
class LeaseTest {

  private static final Duration TERM = Duration.ofSeconds(60);
  private static final String A = "instance-a";
  private static final String B = "instance-b";

  private final Clock start = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  private Instant at(int seconds) {
    return Clock.offset(start, Duration.ofSeconds(seconds)).instant();
  }

  private Lease heldByA() {
    return Lease.of(A, at(0), TERM);
  }

  @Nested
  @DisplayName("expiry")
  class Expiry {

    @Test
    void aLeaseHoldsUntilItsTermAndRunsOutAtItsLastInstant() {
      assertThat(heldByA().expiredAt(at(59))).isFalse();
      assertThat(heldByA().expiredAt(at(60))).isTrue();
      assertThat(heldByA().expiredAt(at(61))).isTrue();
    }

    @Test
    void noLeaseAtAllHasRunOut() {
      assertThat(Lease.NONE.expiredAt(at(0))).isTrue();
      assertThat(Lease.NONE.moveFor(A, at(0))).isEqualTo(Lease.Move.TAKE_OVER);
    }
  }

  @Nested
  @DisplayName("renewal")
  class Renewal {

    @Test
    void aRenewalEveryTenSecondsKeepsTheLeaseFromRunningOut() {
      Lease lease = heldByA();
      for (int second = 10; second <= 300; second += 10) {
        lease = lease.renewedBy(A, at(second), TERM);
        assertThat(lease.expiredAt(at(second + 59))).as("at %d s", second).isFalse();
        assertThat(lease.claimedBy(B, at(second + 9), TERM)).as("at %d s", second).isEmpty();
      }
      assertThat(lease.until()).isEqualTo(at(360));
    }

    @Test
    void itsHolderMayRenewEvenAfterTheTermWhileNobodyTookItOver() {
      Lease renewed = heldByA().renewedBy(A, at(90), TERM);
      assertThat(renewed).isEqualTo(new Lease(A, at(150)));
    }

    @Test
    void anotherInstanceCannotRenewIt() {
      assertThatThrownBy(() -> heldByA().renewedBy(B, at(10), TERM))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("taken over");
    }

    @Test
    void itsHolderSeesItsOwnLeaseAsOneToRenew() {
      assertThat(heldByA().moveFor(A, at(30))).isEqualTo(Lease.Move.RENEW);
      assertThat(heldByA().moveFor(A, at(90))).isEqualTo(Lease.Move.RENEW);
    }
  }

  @Nested
  @DisplayName("takeover")
  class Takeover {

    @Test
    void aLeaseStillRunningIsLeftToItsHolder() {
      assertThat(heldByA().moveFor(B, at(59))).isEqualTo(Lease.Move.LEAVE);
      assertThat(heldByA().claimedBy(B, at(59), TERM)).isEmpty();
    }

    @Test
    void aLeaseRunOutIsTakenOverAndTheNewHolderHoldsItForAFullTerm() {
      assertThat(heldByA().moveFor(B, at(60))).isEqualTo(Lease.Move.TAKE_OVER);
      Lease taken = heldByA().claimedBy(B, at(75), TERM).orElseThrow();
      assertThat(taken).isEqualTo(new Lease(B, at(135)));
    }

    @Test
    void onceTakenOverTheFormerHolderHasLostIt() {
      Lease taken = heldByA().claimedBy(B, at(60), TERM).orElseThrow();
      assertThat(taken.moveFor(A, at(61))).isEqualTo(Lease.Move.LEAVE);
      assertThat(taken.claimedBy(A, at(61), TERM)).isEmpty();
      assertThatThrownBy(() -> taken.renewedBy(A, at(61), TERM))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReleasedLeaseMayBeClaimedAtOnce() {
      Lease released = heldByA().releasedAt(at(5));
      assertThat(released.holder()).isEqualTo(A);
      assertThat(released.claimedBy(B, at(5), TERM)).contains(new Lease(B, at(65)));
    }

    @Test
    void itsHolderClaimingItAgainRenewsIt() {
      assertThat(heldByA().claimedBy(A, at(30), TERM)).contains(new Lease(A, at(90)));
    }
  }
}
