package fr.cadre.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SIRET: 14 digits with a Luhn key, La Poste's establishments excepted")
class SiretTest {

  @Test
  void acceptsAValidLuhnSiret() {
    assertThat(Siret.isValid("73282932000074")).isTrue();
    assertThat(new Siret("21130055300016").siren()).isEqualTo("211300553");
  }

  @Test
  void refusesAWrongKey() {
    assertThat(Siret.problemWith("73282932000075")).contains("Luhn");
  }

  @Test
  void refusesWrongLength() {
    assertThat(Siret.problemWith("7328293200007")).contains("14 chiffres");
    assertThat(Siret.problemWith("7328293200007A")).contains("14 chiffres");
    assertThatThrownBy(() -> new Siret("123")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void laPosteSiretsAreValidWhenTheirDigitsSumToAMultipleOfFive() {
    assertThat(Siret.isValid("35600000049837")).as("fails Luhn, digit sum 45").isTrue();
    assertThat(Siret.isValid("35600000000048")).as("head office, passes Luhn").isTrue();
    assertThat(Siret.problemWith("35600000000002")).contains("La Poste");
  }

  @Test
  void theDigitSumRuleIsOnlyForLaPoste() {
    assertThat(Siret.isValid("12300000000011")).as("digit sum 10 but Luhn fails").isFalse();
  }
}
