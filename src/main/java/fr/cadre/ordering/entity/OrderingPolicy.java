package fr.cadre.ordering.entity;

import java.util.List;

/**
 * The configurable parts of the ordering rules: whether the coordinator orders for every site
 * (R2162-6), how far a voucher's execution may run past the agreement's end (R2162-5), and the
 * consumption percentages that trigger a warning.
 */
public record OrderingPolicy(
    boolean coordinatorOrdersForAll,
    int executionOverrunLimitDays,
    List<Integer> warningThresholds) {

  public static final OrderingPolicy DEFAULT = new OrderingPolicy(true, 90, List.of(80, 95));
}
