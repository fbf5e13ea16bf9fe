package fr.cadre.pages.ordering;

import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * What was typed in one of the finance forms of a voucher's page (service done, invoice, payment,
 * closing), kept to be shown again when the step is refused, and read into values: a date, an
 * amount or a quantity that does not parse is an error beside its field, and the step is not tried.
 */
public final class FinanceForm {

  public static final FinanceForm EMPTY = new FinanceForm(Map.of(), null);

  private final Map<String, String> values;
  private final Texts texts;

  public FinanceForm(Map<String, String> values, Texts texts) {
    this.values = new HashMap<>(values);
    this.texts = texts;
  }

  /** What the field held, empty when nothing was typed. */
  public String value(String field) {
    String v = values.get(field);
    return v == null ? "" : v;
  }

  /** What the field held, or {@code otherwise} when nothing was typed (a form shown afresh). */
  public String value(String field, String otherwise) {
    return values.containsKey(field) ? value(field) : otherwise;
  }

  public LocalDate date(String field, FormErrors errors, boolean required) {
    String raw = value(field).strip();
    if (raw.isEmpty()) {
      if (required) {
        errors.add(field, texts.get("form.error.date"));
      }
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      errors.add(field, texts.get("form.error.date"));
      return null;
    }
  }

  /** A number as typed in French or English (1 234,50 or 1234.50); blank is {@code blank}. */
  public BigDecimal number(String field, FormErrors errors, BigDecimal blank) {
    if (value(field).isBlank()) {
      if (blank == null) {
        errors.add(field, texts.get("form.error.number"));
      }
      return blank;
    }
    BigDecimal number = fr.cadre.pages.TypedForm.parse(value(field));
    if (number == null) {
      errors.add(field, texts.get("form.error.number"));
    }
    return number;
  }
}
