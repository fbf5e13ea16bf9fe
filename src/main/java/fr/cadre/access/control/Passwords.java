package fr.cadre.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes, by Jakarta Security's {@link Pbkdf2PasswordHash} at OWASP's iteration count for
 * PBKDF2-HMAC-SHA512 (Soteria's default of 2,048 rounds of SHA-256 is far too low). A hash stored
 * with other parameters still verifies, and {@link #outdated} says it should be hashed again.
 */
@ApplicationScoped
public class Passwords {

  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int ITERATIONS = 210_000;

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm",
          ALGORITHM,
          "Pbkdf2PasswordHash.Iterations",
          String.valueOf(ITERATIONS),
          "Pbkdf2PasswordHash.SaltSizeBytes",
          "32",
          "Pbkdf2PasswordHash.KeySizeBytes",
          "64");

  @Inject Pbkdf2PasswordHash hash;

  /** A hash of nothing, verified against when a login names no account, to take as long. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(PARAMETERS);
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String stored) {
    return hash.verify(password.toCharArray(), stored);
  }

  /** Spends the time a verification takes, for a login that names no account. */
  public void verifyNothing(String password) {
    hash.verify(password.toCharArray(), decoy);
  }

  /** Jakarta's format is {@code algorithm:iterations:salt:hash}. */
  public static boolean outdated(String stored) {
    String[] parts = stored.split(":");
    return parts.length != 4
        || !parts[0].equals(ALGORITHM)
        || Integer.parseInt(parts[1]) < ITERATIONS;
  }
}
