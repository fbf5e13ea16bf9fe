package fr.cadre.ordering.control;

import fr.cadre.kernel.Quantity;
import fr.cadre.kernel.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An officer's request for a voucher, as received. {@code issueDate} only matters when the voucher
 * is issued at once, and records one signed earlier on paper. Its constraints state its shape (what
 * is required, lengths as in the database, no control characters, at most {@link #MAX_LINES}
 * lines); the ordering rules are the domain's.
 */
public record OrderRequest(
    @NotNull Long memberId,
    Long lotId,
    @NotNull Long siteId,
    Long holderId,
    @NotBlank @Size(max = 1000) @Text(multiline = true) String object,
    @NotNull LocalDate executionStart,
    @NotNull LocalDate executionEnd,
    @Size(max = 60) @Text String commitmentNumber,
    Integer budgetYear,
    @Size(max = 60) @Text String budgetLine,
    @Size(max = 100) @Text String chorusServiceCode,
    @Size(max = 200) @Text String signatoryName,
    @Size(max = 200) @Text String signatoryRole,
    LocalDate issueDate,
    @NotEmpty @Size(max = MAX_LINES, message = "{fr.cadre.list.size}")
        List<@NotNull @Valid Line> lines) {

  /** Far more lines than a voucher of a price schedule has. */
  public static final int MAX_LINES = 500;

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
  public record Line(
      @NotBlank @Size(max = 30) @Text String code, @NotNull @Quantity BigDecimal quantity) {}
}
