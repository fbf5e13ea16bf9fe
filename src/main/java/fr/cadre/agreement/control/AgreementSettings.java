package fr.cadre.agreement.control;

import fr.cadre.agreement.entity.DurationLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Legal defaults an operator of Cadre may change in {@code config/}; the law is the default. */
@ApplicationScoped
public class AgreementSettings {

  @Inject
  @ConfigProperty(
      name = "cadre.legal.max-duration-months.pouvoir-adjudicateur",
      defaultValue = "48")
  int pouvoirAdjudicateurMonths;

  @Inject
  @ConfigProperty(
      name = "cadre.legal.max-duration-months.entite-adjudicatrice",
      defaultValue = "96")
  int entiteAdjudicatriceMonths;

  @Inject
  @ConfigProperty(name = "cadre.vat.default-rate", defaultValue = "20")
  BigDecimal defaultVatRate;

  public DurationLimits durationLimits() {
    return new DurationLimits(pouvoirAdjudicateurMonths, entiteAdjudicatriceMonths);
  }

  public BigDecimal defaultVatRate() {
    return defaultVatRate;
  }
}
