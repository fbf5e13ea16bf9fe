package fr.cadre.importing.control;

import fr.cadre.importing.entity.ImportProblem;
import fr.cadre.kernel.Siret;
import fr.cadre.kernel.Violation;
import fr.cadre.kernel.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One CSV record with typed access to its columns. A value that does not parse is reported as a
 * problem (file, line, column, value, reason) and read as null, so that one pass finds every defect
 * of the file rather than the first.
 */
public final class Row {

  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final String file;
  private final int line;
  private final Map<String, String> values;
  private final List<ImportProblem> problems;
  private final Set<String> reported = new HashSet<>();

  Row(String file, int line, Map<String, String> values, List<ImportProblem> problems) {
    this.file = file;
    this.line = line;
    this.values = values;
    this.problems = problems;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The trimmed text, or null when empty. */
  public String text(String column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String required(String column) {
    String value = text(column);
    if (value == null) {
      problem(column, "", "valeur obligatoire manquante");
    }
    return value;
  }

  /** A decimal written with a comma or a dot, spaces allowed as thousands separators. */
  public BigDecimal decimal(String column) {
    String raw = text(column);
    if (raw == null) {
      return null;
    }
    String compact = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    if (compact.contains(",") && compact.contains(".")) {
      problem(column, raw, "nombre ambigu : virgule et point à la fois");
      return null;
    }
    try {
      return new BigDecimal(compact.replace(',', '.'));
    } catch (NumberFormatException e) {
      problem(column, raw, "nombre attendu (1234,56 ou 1234.56)");
      return null;
    }
  }

  /**
   * A decimal with at most {@code scale} decimals, held at exactly that scale, so that "20" and
   * "20,00" are the same stored value and a re-import changes nothing.
   */
  public BigDecimal decimal(String column, int scale) {
    BigDecimal value = decimal(column);
    if (value == null) {
      return null;
    }
    if (value.stripTrailingZeros().scale() > scale) {
      problem(column, value.toPlainString(), "au plus " + scale + " décimales");
      return null;
    }
    return value.setScale(scale);
  }

  /** An amount in euros: two decimals at most. */
  public BigDecimal money(String column) {
    return decimal(column, 2);
  }

  public Integer integer(String column) {
    String raw = text(column);
    if (raw == null) {
      return null;
    }
    try {
      return Integer.valueOf(raw.replace(" ", ""));
    } catch (NumberFormatException e) {
      problem(column, raw, "nombre entier attendu");
      return null;
    }
  }

  /** An ISO date (2021-07-01) or a French one (01/07/2021). */
  public LocalDate date(String column) {
    String raw = text(column);
    if (raw == null) {
      return null;
    }
    try {
      return raw.contains("/") ? LocalDate.parse(raw, FRENCH_DATE) : LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      problem(column, raw, "date attendue (2021-07-01 ou 01/07/2021)");
      return null;
    }
  }

  public boolean bool(String column, boolean absent) {
    String raw = text(column);
    if (raw == null) {
      return absent;
    }
    switch (raw.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "oui", "vrai", "1", "o", "yes":
        return true;
      case "false", "non", "faux", "0", "n", "no":
        return false;
      default:
        problem(column, raw, "oui ou non attendu");
        return absent;
    }
  }

  public String siret(String column) {
    String raw = required(column);
    if (raw == null) {
      return null;
    }
    String compact = raw.replace(" ", "");
    String why = Siret.problemWith(compact);
    if (why != null) {
      problem(column, raw, why);
      return null;
    }
    return compact;
  }

  public <E extends Enum<E>> E choice(String column, Class<E> type, E absent) {
    String raw = text(column);
    if (raw == null) {
      return absent;
    }
    try {
      return Enum.valueOf(type, raw.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      problem(
          column,
          raw,
          "valeur inconnue ; attendu : "
              + String.join(
                  ", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
      return absent;
    }
  }

  /** A SIRET among others in one cell ("holder_sirets"): null, after reporting, when invalid. */
  public String siretIn(String column, String value) {
    String why = Siret.problemWith(value);
    if (why != null) {
      problem(column, value, why);
      return null;
    }
    return value;
  }

  public void problem(String column, String value, String reason) {
    reported.add(column);
    problems.add(new ImportProblem(file, line, column, value, reason));
  }

  /**
   * The domain's verdict on this row: each violation is reported against the column of its field
   * (the field in snake_case, unless {@code columns} names another column), with the cell's value,
   * unless reading that cell already reported it.
   */
  public void report(Violations violations, Map<String, String> columns) {
    for (Violation v : violations.list()) {
      report(v, columns.getOrDefault(v.field(), snakeCase(v.field())));
    }
  }

  public void report(Violation violation, String column) {
    if (!reported.contains(column)) {
      String value = values.get(column);
      problem(column, value == null ? null : value.strip(), reason(violation, column));
    }
  }

  /**
   * The domain's message, unless it is one of the kernel's generic ones, which name the request's
   * field ("le champ unitPrice ..."): the import names the column and shows the value instead.
   */
  static String reason(Violation v, String column) {
    String field = "le champ " + v.field();
    if (!v.message().contains(field)) {
      return v.message();
    }
    return switch (v.rule()) {
      case "required" -> "valeur obligatoire manquante";
      case "positive" -> "un nombre négatif n'est pas admis dans cette colonne";
      default -> v.message().replace(field, "la colonne " + column);
    };
  }

  private static String snakeCase(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
