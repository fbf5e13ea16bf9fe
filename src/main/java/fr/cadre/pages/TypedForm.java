package fr.cadre.pages;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * A reference-data form as typed (or as stored, for a form shown afresh), kept to be shown again
 * when refused, and read into values: a number, a date or a choice that does not parse is an error
 * beside its field, and the control class is not asked. What the values must be is the domain's
 * business, not this class's.
 */
public final class TypedForm {

  private final Map<String, String> values;
  private final Texts texts;

  private TypedForm(Map<String, String> values, Texts texts) {
    this.values = values;
    this.texts = texts;
  }

  /** What was posted: the first value of each field. */
  public static TypedForm posted(MultivaluedMap<String, String> posted, Texts texts) {
    Map<String, String> values = new HashMap<>();
    posted.forEach((k, v) -> values.put(k, v == null || v.isEmpty() ? "" : v.get(0)));
    return new TypedForm(values, texts);
  }

  /** A form filled from what is stored; {@code pairs} alternate names and values (null: empty). */
  public static TypedForm shown(Object... pairs) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      values.put(
          (String) pairs[i],
          v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
    }
    return new TypedForm(values, null);
  }

  /** A form of values already taken from a post (null: empty), read with {@code texts}. */
  public static TypedForm of(Map<String, String> values, Texts texts) {
    return new TypedForm(new HashMap<>(values), texts);
  }

  /** What the field held, empty when nothing was typed. */
  public String value(String field) {
    String v = values.get(field);
    return v == null ? "" : v;
  }

  /** What the field held, or {@code otherwise} when the form has no such field (shown afresh). */
  public String value(String field, String otherwise) {
    return values.containsKey(field) ? value(field) : otherwise;
  }

  /** Whether a checkbox was ticked (it posts {@code true}). */
  public boolean checked(String field) {
    return "true".equals(values.get(field));
  }

  /** The text typed, stripped; null when blank, so that the domain names it as missing. */
  public String text(String field) {
    String v = value(field).strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * Digits with a decimal comma or point and nothing else: no exponent (1e999999999 would become a
   * billion digits once scaled to cents), at most 13 digits before the decimal mark and 6 after.
   */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d{1,13}([.,]\\d{1,6})?");

  /** A number as typed in French or English (1 234,50 or 1234.50); null when it is none. */
  public static BigDecimal parse(String typed) {
    String raw = typed.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "");
    return NUMBER.matcher(raw).matches() ? new BigDecimal(raw.replace(',', '.')) : null;
  }

  /** A number as typed in French or English (1 234,50 or 1234.50); null when blank. */
  public BigDecimal number(String field, FormErrors errors) {
    if (value(field).isBlank()) {
      return null;
    }
    BigDecimal number = parse(value(field));
    if (number == null) {
      errors.add(field, texts.get("form.error.number"));
    }
    return number;
  }

  /** A whole number; null when blank. */
  public Integer integer(String field, FormErrors errors) {
    return whole(field, errors, "form.error.integer");
  }

  /** A year, as a budget's; null when blank. */
  public Integer year(String field, FormErrors errors) {
    return whole(field, errors, "form.error.year");
  }

  private Integer whole(String field, FormErrors errors, String refusal) {
    String raw = value(field).strip();
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(raw);
    } catch (NumberFormatException e) {
      errors.add(field, texts.get(refusal));
      return null;
    }
  }

  /** A day, as a date field posts it (ISO); null when blank. */
  public LocalDate date(String field, FormErrors errors) {
    return date(field, value(field), texts, errors);
  }

  /**
   * A day typed in {@code field} of a form or a query, as a date field posts it (ISO); null when
   * blank or when it is no day, which is then an error beside the field.
   */
  public static LocalDate date(String field, String typed, Texts texts, FormErrors errors) {
    String raw = typed == null ? "" : typed.strip();
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      errors.add(field, texts.get("form.error.date"));
      return null;
    }
  }

  /** The identifier chosen in a list; null when none is. */
  public Long id(String field, FormErrors errors) {
    String raw = value(field).strip();
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(raw);
    } catch (NumberFormatException e) {
      errors.add(field, texts.get("form.error.choice"));
      return null;
    }
  }

  /** The value chosen in a list of an enumeration; null when none is. */
  public <E extends Enum<E>> E choice(String field, Class<E> type, FormErrors errors) {
    String raw = value(field).strip();
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw);
    } catch (IllegalArgumentException e) {
      errors.add(field, texts.get("form.error.choice"));
      return null;
    }
  }
}
