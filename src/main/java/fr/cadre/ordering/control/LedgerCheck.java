package fr.cadre.ordering.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One dimension of the ledger checked: the figures its rows hold beside the figures recomputed from
 * the vouchers, their parts of service done and their invoices, key by key; every difference is
 * reported, to the cent.
 */
public record LedgerCheck(String dimension, int rowsChecked, List<Difference> differences) {

  /** The figures, in the order both queries give them. */
  public static final List<String> FIGURES =
      List.of("committedHt", "doneHt", "invoicedHt", "invoicedTtc", "paidHt", "paidTtc");

  /** One figure of one row that the vouchers do not add up to. */
  public record Difference(
      String dimension, String key, String figure, BigDecimal ledger, BigDecimal vouchers) {

    public BigDecimal difference() {
      return ledger.subtract(vouchers);
    }
  }

  /**
   * Compares rows keyed by their first {@code keyColumns} cells, the six figures after them; a key
   * on one side only is compared with zeros.
   */
  static LedgerCheck compare(
      String dimension, int keyColumns, List<?> ledgerRows, List<?> voucherRows) {
    Map<String, BigDecimal[]> ledger = byKey(keyColumns, ledgerRows);
    Map<String, BigDecimal[]> vouchers = byKey(keyColumns, voucherRows);
    List<Difference> differences = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(ledger.keySet());
    keys.addAll(vouchers.keySet());
    for (String key : keys) {
      BigDecimal[] l = ledger.getOrDefault(key, zeros());
      BigDecimal[] v = vouchers.getOrDefault(key, zeros());
      for (int f = 0; f < FIGURES.size(); f++) {
        if (l[f].compareTo(v[f]) != 0) {
          differences.add(new Difference(dimension, key, FIGURES.get(f), l[f], v[f]));
        }
      }
    }
    return new LedgerCheck(dimension, ledger.size(), differences);
  }

  private static Map<String, BigDecimal[]> byKey(int keyColumns, List<?> rows) {
    Map<String, BigDecimal[]> byKey = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      StringBuilder key = new StringBuilder();
      for (int k = 0; k < keyColumns; k++) {
        key.append(k == 0 ? "" : "/").append(cells[k]);
      }
      BigDecimal[] figures = new BigDecimal[FIGURES.size()];
      for (int f = 0; f < figures.length; f++) {
        Object cell = cells[keyColumns + f];
        figures[f] = cell == null ? BigDecimal.ZERO : new BigDecimal(cell.toString());
      }
      byKey.put(key.toString(), figures);
    }
    return byKey;
  }

  private static BigDecimal[] zeros() {
    BigDecimal[] zeros = new BigDecimal[FIGURES.size()];
    java.util.Arrays.fill(zeros, BigDecimal.ZERO);
    return zeros;
  }

  public boolean consistent() {
    return differences.isEmpty();
  }
}
