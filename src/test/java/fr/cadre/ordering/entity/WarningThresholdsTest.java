package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.kernel.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R2162-4: warnings when a lot's consumption reaches 80 % then 95 % of its maximum")
class WarningThresholdsTest {

  private final OrderingPolicy policy = OrderingPolicy.DEFAULT;
  private final Money maximum = Money.of("1000.00");

  private List<String> after(String before, String after) {
    return policy
        .thresholdWarning(1, "période initiale", Money.of(before), Money.of(after), maximum)
        .map(List::of)
        .orElse(List.of());
  }

  @Test
  void belowEveryThresholdNothingIsSaid() {
    assertThat(after("100.00", "799.99")).isEmpty();
  }

  @Test
  void theVoucherThatCrossesAThresholdSaysSo() {
    assertThat(after("700.00", "800.00"))
        .containsExactly(
            "le lot 1 a consommé 80 % de son maximum pour la période initiale (seuil de 80 % franchi)");
  }

  @Test
  void laterVouchersAboveTheThresholdRecallTheConsumptionWithoutCrossing() {
    assertThat(after("810.00", "850.50"))
        .containsExactly("le lot 1 a consommé 85.05 % de son maximum pour la période initiale");
  }

  @Test
  void theHighestThresholdReachedIsTheOneReported() {
    assertThat(after("900.00", "960.00"))
        .containsExactly(
            "le lot 1 a consommé 96 % de son maximum pour la période initiale (seuil de 95 % franchi)");
  }

  @Test
  void thresholdsComeFromThePolicyAndALotWithoutMaximumNeverWarns() {
    OrderingPolicy half = new OrderingPolicy(true, 90, List.of(50), 2, Map.of());
    assertThat(half.thresholdWarning(2, "reconduction 1", Money.ZERO, Money.of("500"), maximum))
        .contains(
            "le lot 2 a consommé 50 % de son maximum pour la reconduction 1 (seuil de 50 % franchi)");
    assertThat(policy.thresholdWarning(1, "p", Money.ZERO, Money.of("999"), null)).isEmpty();
  }
}
