package fr.cadre.ordering.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An officer's request for a voucher, as received. {@code issueDate} only matters when the voucher
 * is issued at once, and records one signed earlier on paper.
 */
public record OrderRequest(
    Long memberId,
    Long lotId,
    Long siteId,
    Long holderId,
    String object,
    LocalDate executionStart,
    LocalDate executionEnd,
    String commitmentNumber,
    Integer budgetYear,
    String budgetLine,
    String chorusServiceCode,
    String signatoryName,
    String signatoryRole,
    LocalDate issueDate,
    List<Line> lines) {

  /**
   * The request as one canonical text, for its idempotency fingerprint: every field in order, each
   * prefixed by its length so that no two requests give the same text, a quantity by its value (2
   * and 2.00 are the same order).
   */
  public String canonical() {
    StringBuilder text = new StringBuilder();
    for (Object field :
        List.of(
            String.valueOf(memberId),
            String.valueOf(lotId),
            String.valueOf(siteId),
            String.valueOf(holderId),
            String.valueOf(object),
            String.valueOf(executionStart),
            String.valueOf(executionEnd),
            String.valueOf(commitmentNumber),
            String.valueOf(budgetYear),
            String.valueOf(budgetLine),
            String.valueOf(chorusServiceCode),
            String.valueOf(signatoryName),
            String.valueOf(signatoryRole),
            String.valueOf(issueDate))) {
      append(text, field);
    }
    for (Line line : lines == null ? List.<Line>of() : lines) {
      append(text, line == null ? null : line.code());
      append(
          text,
          line == null || line.quantity() == null
              ? null
              : line.quantity().stripTrailingZeros().toPlainString());
    }
    return text.toString();
  }

  private static void append(StringBuilder text, Object field) {
    String value = String.valueOf(field);
    text.append(value.length()).append(':').append(value).append(';');
  }

  /** A quantity of a price code. */
  public record Line(String code, BigDecimal quantity) {}
}
