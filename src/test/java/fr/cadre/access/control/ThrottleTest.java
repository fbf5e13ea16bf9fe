package fr.cadre.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Failures per address slow the refusals down, up to a cap, and never lock anyone out")
class ThrottleTest {

  @Test
  void theFirstFailuresCostNothingThenEachOneMoreWaitsLongerUpToTheCap() {
    Throttle throttle = new Throttle();
    for (int i = 0; i < Throttle.FREE; i++) {
      throttle.failed("10.0.0.1");
    }
    assertThat(throttle.delayMillis("10.0.0.1")).isZero();
    throttle.failed("10.0.0.1");
    throttle.failed("10.0.0.1");
    assertThat(throttle.delayMillis("10.0.0.1")).isEqualTo(2 * Throttle.STEP_MS);
    for (int i = 0; i < 50; i++) {
      throttle.failed("10.0.0.1");
    }
    assertThat(throttle.delayMillis("10.0.0.1")).isEqualTo(Throttle.MAX_MS);
    assertThat(throttle.delayMillis("10.0.0.2")).as("another address").isZero();
  }
}
