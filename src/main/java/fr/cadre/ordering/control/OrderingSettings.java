package fr.cadre.ordering.control;

import fr.cadre.ordering.entity.OrderingPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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

  public OrderingPolicy policy() {
    return new OrderingPolicy(coordinatorOrdersForAll, overrunLimitDays, thresholds);
  }
}
