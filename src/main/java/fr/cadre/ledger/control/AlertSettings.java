package fr.cadre.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When alerts are raised, from configuration (see config/cadre.properties). */
@ApplicationScoped
public class AlertSettings {

  @Inject
  @ConfigProperty(name = "cadre.alerts.maximum-thresholds", defaultValue = "80,95")
  List<Integer> maximumThresholds;

  @Inject
  @ConfigProperty(name = "cadre.alerts.minimum-days-before-end", defaultValue = "60")
  int minimumDaysBeforeEnd;

  @Inject
  @ConfigProperty(name = "cadre.alerts.ending-within-days", defaultValue = "90")
  int endingWithinDays;

  @Inject
  @ConfigProperty(name = "cadre.alerts.invoice-due-within-days", defaultValue = "7")
  int invoiceDueWithinDays;

  public List<Integer> maximumThresholds() {
    return maximumThresholds.stream().sorted().toList();
  }

  public int minimumDaysBeforeEnd() {
    return minimumDaysBeforeEnd;
  }

  public int endingWithinDays() {
    return endingWithinDays;
  }

  public int invoiceDueWithinDays() {
    return invoiceDueWithinDays;
  }
}
