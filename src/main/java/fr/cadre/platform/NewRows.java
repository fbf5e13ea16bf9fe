package fr.cadre.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * New entities to be written together by {@link JdbcInserts}, class by class in the order added: an
 * entity's references are added before it (a voucher before its lines and its document).
 */
public final class NewRows {

  /** One class's entities. */
  record Of(Class<?> type, List<?> entities) {}

  private final List<Of> rows = new ArrayList<>();

  /** Adds these entities, if any, after those added before. */
  public NewRows add(Class<?> type, List<?> entities) {
    if (!entities.isEmpty()) {
      rows.add(new Of(type, List.copyOf(entities)));
    }
    return this;
  }

  List<Of> rows() {
    return rows;
  }

  /** What it holds, for a failure's message: counts, never values. */
  @Override
  public String toString() {
    return rows.stream()
        .map(r -> r.entities().size() + " " + r.type().getSimpleName())
        .toList()
        .toString();
  }
}
