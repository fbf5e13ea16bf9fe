package fr.cadre.kernel;

/**
 * A SIRET: 14 digits identifying an establishment (SIREN of 9 digits plus a 5-digit NIC), checked
 * with the Luhn algorithm. La Poste's establishments (SIREN 356000000) are the known exception:
 * there the sum of the 14 digits is a multiple of 5.
 */
public record Siret(String value) {

  private static final String LA_POSTE_SIREN = "356000000";

  public Siret {
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** Why a text is not a valid SIRET, or {@code null} when it is one. */
  public static String problemWith(String value) {
    if (value == null || !value.matches("\\d{14}")) {
      return "un SIRET compte 14 chiffres";
    }
    if (value.startsWith(LA_POSTE_SIREN)) {
      return luhnValid(value) || digitSum(value) % 5 == 0
          ? null
          : "clé de contrôle du SIRET (La Poste) invalide";
    }
    return luhnValid(value) ? null : "clé de contrôle du SIRET (Luhn) invalide";
  }

  public static boolean isValid(String value) {
    return problemWith(value) == null;
  }

  public String siren() {
    return value.substring(0, 9);
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static int digitSum(String digits) {
    return digits.chars().map(c -> c - '0').sum();
  }

  @Override
  public String toString() {
    return value;
  }
}
