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

  /** A quantity of a price code. */
  public record Line(String code, BigDecimal quantity) {}
}
