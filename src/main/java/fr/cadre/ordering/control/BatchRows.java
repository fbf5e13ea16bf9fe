package fr.cadre.ordering.control;

import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.Voucher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A batch's vouchers grouped by the running-total row they move, for {@link IssueSteps#issueAll}:
 * the rows in ascending order of their key, so that two batches, in this instance or another, take
 * their locks in the same order; within a row, the vouchers keep the batch's order.
 */
final class BatchRows {

  private BatchRows() {}

  /** Keys are lists of numbers and texts compared element by element. */
  static List<List<Integer>> of(
      List<Integer> indices, List<Ready> batch, Function<Ready, List<?>> key) {
    Map<List<?>, List<Integer>> rows = new TreeMap<>(BatchRows::compare);
    for (int i : indices) {
      rows.computeIfAbsent(key.apply(batch.get(i)), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(rows.values());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(List<?> a, List<?> b) {
    for (int k = 0; k < a.size(); k++) {
      int c = ((Comparable) a.get(k)).compareTo(b.get(k));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  static List<Money> amounts(List<Integer> row, List<Ready> batch) {
    return row.stream().map(i -> batch.get(i).voucher().totalHt()).toList();
  }

  static Money sum(List<Integer> row, List<Ready> batch) {
    return amounts(row, batch).stream().reduce(Money.ZERO, Money::plus);
  }

  static long lotId(Ready ready) {
    return ready.voucher().lot().id();
  }

  static long agreementId(Ready ready) {
    return ready.voucher().agreement().id();
  }

  static int period(Ready ready) {
    return ready.window().period().index();
  }

  /** The key of a voucher's lot-period row. */
  static List<?> lotPeriod(Ready r) {
    return List.of(lotId(r), period(r));
  }

  /** The key of a voucher's member-period row. */
  static List<?> memberPeriod(Ready r) {
    return List.of(r.voucher().member().id(), agreementId(r), period(r));
  }

  /** The key of the number counter a voucher takes its number from. */
  static List<?> counter(Ready r) {
    return List.of(r.voucher().consortiumId(), r.issueDate().getYear());
  }

  /** The key of a voucher's budget line. */
  static List<?> budgetLine(Ready r) {
    Voucher v = r.voucher();
    return List.of(
        v.member().id(), agreementId(r), v.commitment().budgetYear(), v.commitment().budgetLine());
  }

  /** The key of a voucher's site and holder rows. */
  static List<?> ledgerRows(Ready r) {
    Voucher v = r.voucher();
    return List.of(lotId(r), period(r), v.site().id(), v.holder().id());
  }
}
