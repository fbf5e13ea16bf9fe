package fr.cadre.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every problem of a request before refusing it, so that a buyer fixes all fields in one
 * go rather than one per round trip.
 */
public final class Violations {

  private final List<Violation> list = new ArrayList<>();

  public Violations add(String field, String rule, String message) {
    list.add(new Violation(field, rule, message));
    return this;
  }

  public Violations required(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      add(field, "required", "le champ " + field + " est obligatoire");
    }
    return this;
  }

  public Violations check(boolean ok, String field, String rule, Supplier<String> message) {
    if (!ok) {
      add(field, rule, message.get());
    }
    return this;
  }

  public Violations siret(String field, String value) {
    if (value != null) {
      String problem = Siret.problemWith(value);
      if (problem != null) {
        add(field, "siret", problem);
      }
    }
    return this;
  }

  public Violations notNegative(String field, java.math.BigDecimal value) {
    if (value != null && value.signum() < 0) {
      add(field, "positive", "le champ " + field + " ne peut pas être négatif");
    }
    return this;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Violation> list() {
    return List.copyOf(list);
  }

  /** Refuses the request if anything was collected. */
  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw DomainException.invalid(list);
    }
  }
}
