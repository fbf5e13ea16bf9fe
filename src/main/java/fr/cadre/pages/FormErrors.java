package fr.cadre.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a form as sent: one message per field, shown beside it, and all of them in the
 * summary at the top of the form, each linking to its field ({@code #f-<field>}). Messages that
 * belong to no field (a refusal of the whole request) go to the summary only.
 */
public final class FormErrors {

  /** One line of the summary; {@code field} is null for the request as a whole. */
  public record Entry(String field, String message) {}

  private final Map<String, String> byField = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();

  public FormErrors add(String field, String message) {
    if (field == null) {
      entries.add(new Entry(null, message));
    } else if (!byField.containsKey(field)) {
      byField.put(field, message);
      entries.add(new Entry(field, message));
    }
    return this;
  }

  public boolean any() {
    return !entries.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The message beside a field, null when it has none. */
  public String of(String field) {
    return byField.get(field);
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The id of the element that describes a field: its error when it has one, its hint else. */
  public String describedBy(String field, String hint) {
    if (has(field)) {
      return hint == null ? "e-" + field : "e-" + field + " " + hint;
    }
    return hint;
  }
}
