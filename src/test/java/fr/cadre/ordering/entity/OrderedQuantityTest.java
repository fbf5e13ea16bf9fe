package fr.cadre.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cadre.kernel.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ordered quantities: strictly positive, with the decimals their unit allows")
class OrderedQuantityTest {

  private final Scheme scheme = new Scheme();

  @Test
  void aQuantityHasAtMostTwoDecimalsByDefault() {
    assertThat(
            Order.Line.of(scheme.hour, new BigDecimal("7.25"), "lines[0].quantity", policy())
                .quantity())
        .isEqualByComparingTo("7.25");
    assertThat(Order.Line.of(scheme.hour, new BigDecimal("7.500"), "q", policy()).quantity())
        .isEqualByComparingTo("7.5");
    assertThatThrownBy(
            () ->
                Order.Line.of(scheme.hour, new BigDecimal("7.125"), "lines[0].quantity", policy()))
        .isInstanceOf(DomainException.class)
        .hasMessage("une quantité en « heure » a au plus 2 décimales : 7.125")
        .satisfies(
            e ->
                assertThat(((DomainException) e).violations().get(0).field())
                    .isEqualTo("lines[0].quantity"));
  }

  @Test
  void aUnitMayTakeOtherDecimals() {
    OrderingPolicy wholeHours =
        new OrderingPolicy(true, 90, List.of(80, 95), 2, Map.of("heure", 0));
    assertThatThrownBy(() -> Order.Line.of(scheme.hour, new BigDecimal("1.5"), "q", wholeHours))
        .hasMessage("une quantité en « heure » a au plus 0 décimale : 1.5");
    assertThat(Order.Line.of(scheme.hour, new BigDecimal("2"), "q", wholeHours).quantity())
        .isEqualByComparingTo("2");
  }

  @Test
  void aQuantityIsStrictlyPositive() {
    assertThatThrownBy(() -> Order.Line.of(scheme.hour, BigDecimal.ZERO, "q", policy()))
        .hasMessage("une quantité commandée est strictement positive");
    assertThatThrownBy(() -> Order.Line.of(scheme.hour, null, "q", policy()))
        .hasMessage("une quantité commandée est strictement positive");
  }

  private static OrderingPolicy policy() {
    return OrderingPolicy.DEFAULT;
  }
}
