package fr.cadre.ordering.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each voucher of a batch took at its running-total rows, by its index in the batch: the lot's
 * headroom and warnings, the budget line's warning, its number; or why it was refused.
 */
record RowsTaken(
    Map<Integer, Budget.Consumption> consumed,
    Map<Integer, Optional<String>> overCredit,
    Map<Integer, String> numbers,
    Map<Integer, RuntimeException> refusals) {

  static RowsTaken none() {
    return new RowsTaken(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
  }
}
