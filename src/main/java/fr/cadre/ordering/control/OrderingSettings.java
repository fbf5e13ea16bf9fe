package fr.cadre.ordering.control;

import fr.cadre.ordering.entity.OrderingPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ordering policy from configuration, the law as default. */
@ApplicationScoped
public class OrderingSettings {

  @Inject
  @ConfigProperty(name = "cadre.ordering.coordinator-orders-for-all", defaultValue = "true")
  boolean coordinatorOrdersForAll;

  @Inject
  @ConfigProperty(name = "cadre.ordering.execution-overrun-limit-days", defaultValue = "90")
  int overrunLimitDays;

  @Inject
  @ConfigProperty(name = "cadre.ordering.warning-thresholds", defaultValue = "80,95")
  List<Integer> thresholds;

  @Inject
  @ConfigProperty(name = "cadre.ordering.quantity-decimals", defaultValue = "2")
  int quantityDecimals;

  /** Units whose quantities take other decimals than the default, as {@code unit=decimals}. */
  @Inject
  @ConfigProperty(name = "cadre.ordering.quantity-decimals-by-unit", defaultValue = "heure=2")
  List<String> quantityDecimalsByUnit;

  private OrderingPolicy policy;

  /** Read once: issuing asks for the policy at every voucher. */
  @PostConstruct
  void read() {
    Map<String, Integer> byUnit = new HashMap<>();
    for (String entry : quantityDecimalsByUnit) {
      int equals = entry.lastIndexOf('=');
      if (equals > 0) {
        byUnit.put(
            entry.substring(0, equals).trim(),
            Integer.parseInt(entry.substring(equals + 1).trim()));
      }
    }
    policy =
        new OrderingPolicy(
            coordinatorOrdersForAll, overrunLimitDays, thresholds, quantityDecimals, byUnit);
  }

  public OrderingPolicy policy() {
    return policy;
  }
}
