package fr.cadre.pages.ordering;

import fr.cadre.kernel.DomainException;
import fr.cadre.kernel.Violation;
import fr.cadre.pages.FormErrors;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a refusal of the domain goes on a form: beside the field that caused it. A refusal names
 * its field (a violation's path in the order, such as {@code siteId} or {@code lines[2].quantity})
 * or only its rule: the maximum (R2162-4) is the quantities' doing, the agreement's force (R2162-5)
 * the issue date's. What no field caused goes to the form's summary.
 */
final class RefusalFields {

  private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]\\.(quantity|code)");

  /** On a draft's page, only the issue date is a field. */
  static final UnaryOperator<String> DRAFT = field -> "issueDate".equals(field) ? field : null;

  private RefusalFields() {}

  /** The issuing form: an order's fields, its lines by the price codes they were sent for. */
  static UnaryOperator<String> form(List<String> lineCodes) {
    return field -> {
      if (field == null) {
        return null;
      }
      Matcher line = LINE.matcher(field);
      if (line.matches()) {
        int index = Integer.parseInt(line.group(1));
        return index < lineCodes.size() ? "q-" + lineCodes.get(index) : "lines";
      }
      return switch (field) {
        case "memberId" -> "member";
        case "siteId" -> "site";
        case "lotId" -> "lot";
        case "holderId" -> "holder";
        case "lines" -> "lines";
        default -> field.contains(".") || field.contains("[") ? null : field;
      };
    };
  }

  static void place(DomainException refused, FormErrors errors, UnaryOperator<String> fields) {
    if (!refused.violations().isEmpty()) {
      for (Violation v : refused.violations()) {
        errors.add(fields.apply(v.field()), v.message());
      }
      return;
    }
    String field =
        switch (refused.rule()) {
          case "R2162-4" -> "lines";
          case "R2162-5" -> "issueDate";
          case "R2162-6" -> "lot";
          default -> null;
        };
    errors.add(fields.apply(field), refused.getMessage());
  }

  /** Violations of the request's constraints, placed the same way. */
  static void place(List<Violation> violations, FormErrors errors, UnaryOperator<String> fields) {
    for (Violation v : violations) {
      errors.add(fields.apply(v.field()), v.message());
    }
  }
}
