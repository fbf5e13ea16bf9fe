package fr.cadre.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Passwords: PBKDF2-HMAC-SHA512 at OWASP's 210,000 iterations, not Soteria's 2,048")
class PasswordHashingTest {

  @Test
  void theParametersGivenToPbkdf2PasswordHashAreOwaspsForSha512() {
    assertThat(Passwords.PARAMETERS)
        .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
        .containsEntry("Pbkdf2PasswordHash.Iterations", "210000")
        .containsEntry("Pbkdf2PasswordHash.SaltSizeBytes", "32")
        .containsEntry("Pbkdf2PasswordHash.KeySizeBytes", "64");
  }

  @Test
  void aHashStoredWithWeakerParametersIsOutdatedAndHashedAgainAtTheNextLogin() {
    assertThat(Passwords.outdated("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==")).isTrue();
    assertThat(Passwords.outdated("PBKDF2WithHmacSHA512:100000:c2FsdA==:aGFzaA==")).isTrue();
    assertThat(Passwords.outdated("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==")).isFalse();
    assertThat(Passwords.outdated("n'importe quoi")).isTrue();
  }
}
