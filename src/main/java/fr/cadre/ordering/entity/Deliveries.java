package fr.cadre.ordering.entity;

import fr.cadre.kernel.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quantities one part of the service done delivers, per price code: every line's remainder when
 * none is named; in total never more than ordered per line, never negative.
 */
final class Deliveries {

  private Deliveries() {}

  static Map<String, BigDecimal> of(
      List<VoucherLine> lines, Map<String, BigDecimal> asked, String number) {
    for (String code : asked.keySet()) {
      if (lines.stream().noneMatch(line -> line.code().equals(code))) {
        throw DomainException.invalid(
            "deliveredQuantities." + code,
            "service-done",
            "le bon " + number + " n'a pas de ligne " + code);
      }
    }
    Map<String, BigDecimal> part = new TreeMap<>();
    for (VoucherLine line : lines) {
      BigDecimal q =
          asked.isEmpty() ? line.remaining() : asked.getOrDefault(line.code(), BigDecimal.ZERO);
      if (q.signum() < 0 || q.compareTo(line.remaining()) > 0) {
        throw DomainException.invalid(
            "deliveredQuantities." + line.code(),
            "service-done",
            "la quantité livrée de "
                + line.code()
                + " est comprise entre 0 et "
                + plain(line.remaining())
                + " (commandé "
                + plain(line.quantity())
                + ", déjà livré "
                + plain(line.delivered())
                + ")");
      }
      if (q.signum() > 0) {
        part.merge(line.code(), q, BigDecimal::add);
      }
    }
    if (part.isEmpty()) {
      throw DomainException.invalid(
          "deliveredQuantities",
          "service-done",
          "rien à certifier : le bon "
              + number
              + " n'a plus de quantité à livrer dans cette demande");
    }
    return part;
  }

  static void deliver(List<VoucherLine> lines, Map<String, BigDecimal> part) {
    Map<String, BigDecimal> left = new TreeMap<>(part);
    for (VoucherLine line : lines) {
      BigDecimal q = left.getOrDefault(line.code(), BigDecimal.ZERO).min(line.remaining());
      if (q.signum() > 0) {
        line.deliver(q);
        left.merge(line.code(), q.negate(), BigDecimal::add);
      }
    }
  }

  private static String plain(BigDecimal q) {
    return q.stripTrailingZeros().toPlainString();
  }
}
