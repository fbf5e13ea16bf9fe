package fr.cadre.ordering.entity;

import fr.cadre.kernel.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The ECB's main refinancing operations rate, by the date each rate took effect: the rate in force
 * on a day is the last one that took effect on or before it.
 */
public final class EcbRates {

  private final NavigableMap<LocalDate, BigDecimal> byEffectiveDate;

  public EcbRates(Map<LocalDate, BigDecimal> byEffectiveDate) {
    this.byEffectiveDate = new TreeMap<>(byEffectiveDate);
  }

  public BigDecimal inForceOn(LocalDate day) {
    Map.Entry<LocalDate, BigDecimal> entry = byEffectiveDate.floorEntry(day);
    if (entry == null) {
      throw DomainException.conflict(
          "R2192-31", "R2192-31 : aucun taux de la BCE connu au " + day + " pour les intérêts");
    }
    return entry.getValue();
  }

  public NavigableMap<LocalDate, BigDecimal> table() {
    return java.util.Collections.unmodifiableNavigableMap(byEffectiveDate);
  }
}
