package fr.cadre.pages.ordering;

import fr.cadre.ordering.boundary.VouchersResource.InvoiceInput;
import fr.cadre.ordering.entity.InvoiceReceipt;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import fr.cadre.pages.TypedForm;
import fr.cadre.platform.ConstraintViolationMapper;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What was typed in one of the finance forms of a voucher's page (service done, invoice, payment,
 * closing), kept to be shown again when the step is refused, and read into values through {@link
 * TypedForm}: a date, an amount or a quantity that does not parse is an error beside its field, and
 * the step is not tried. What it adds is that these forms' dates and amounts are required.
 */
public final class FinanceForm {

  public static final FinanceForm EMPTY = new FinanceForm(TypedForm.shown(), null);

  private final TypedForm typed;
  private final Texts texts;

  private FinanceForm(TypedForm typed, Texts texts) {
    this.typed = typed;
    this.texts = texts;
  }

  /** What was posted: the first value of each field. */
  static FinanceForm posted(MultivaluedMap<String, String> posted, Texts texts) {
    return new FinanceForm(TypedForm.posted(posted, texts), texts);
  }

  /** What the field held, empty when nothing was typed. */
  public String value(String field) {
    return typed.value(field);
  }

  /** What the field held, or {@code otherwise} when nothing was typed (a form shown afresh). */
  public String value(String field, String otherwise) {
    return typed.value(field, otherwise);
  }

  /** A required day: blank is an error beside the field, as a day that does not parse is. */
  public LocalDate date(String field, FormErrors errors) {
    if (typed.value(field).isBlank()) {
      errors.add(field, texts.get("form.error.date"));
      return null;
    }
    return typed.date(field, errors);
  }

  /** A number as typed in French or English (1 234,50 or 1234.50); blank is {@code blank}. */
  public BigDecimal number(String field, FormErrors errors, BigDecimal blank) {
    if (typed.value(field).isBlank()) {
      if (blank == null) {
        errors.add(field, texts.get("form.error.number"));
      }
      return blank;
    }
    return typed.number(field, errors);
  }

  /**
   * The invoice form read into the API's {@link InvoiceInput} and checked by its constraints, so
   * that an amount of more than two decimals is refused as the API refuses it ({@code @Amount}),
   * not rounded to the cent; null when anything is refused, each beside its field.
   */
  InvoiceReceipt invoice(Validator validator, FormErrors errors) {
    String reference = typed.value("invoiceReference").strip();
    if (reference.isEmpty()) {
      errors.add("invoiceReference", texts.get("invoice.error.reference"));
    }
    LocalDate receivedOn = date("receivedOn", errors);
    BigDecimal ht = number("amountHt", errors, null);
    BigDecimal ttc = number("amountTtc", errors, null);
    if (errors.any()) {
      return null;
    }
    InvoiceInput input = new InvoiceInput(reference, receivedOn, ht, ttc);
    errors.violations(
        ConstraintViolationMapper.violations(validator.validate(input)),
        field -> "reference".equals(field) ? "invoiceReference" : field);
    return errors.any() ? null : input.receipt();
  }
}
