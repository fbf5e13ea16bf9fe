package fr.cadre.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Input constraints: texts without control characters (line breaks only in multi-line fields),"
        + " amounts in cents up to 1 000 000 000 €, quantities up to 1 000 000, messages in French")
class InputConstraintsTest {

  private static ValidatorFactory factory;
  private static Validator validator;
  private static Locale before;

  record Input(
      @Text String name,
      @Text(multiline = true) String address,
      @Amount BigDecimal amount,
      @Quantity BigDecimal quantity) {}

  @BeforeAll
  static void validator() {
    // The server's locale must not change the messages' language (META-INF/validation.xml).
    before = Locale.getDefault();
    Locale.setDefault(Locale.US);
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
    Locale.setDefault(before);
  }

  private static List<String> messages(Input input) {
    return validator.validate(input).stream().map(ConstraintViolation::getMessage).toList();
  }

  private static Input named(String name) {
    return new Input(name, null, null, null);
  }

  @Test
  void ordinaryFrenchTextPasses() {
    assertThat(messages(named("Régie d'Habitat « Sud » – 13015 Marseille, n° 2 €"))).isEmpty();
    assertThat(messages(named(null))).isEmpty();
  }

  @Test
  void aNulOrAnyOtherControlCharacterIsRefusedWithItsPosition() {
    assertThat(messages(named("ab\u0000c")))
        .containsExactly("caractère de contrôle interdit (position 3)");
    assertThat(messages(named("\u001b[31m")))
        .containsExactly("caractère de contrôle interdit (position 1)");
    assertThat(messages(named("x\u007f"))).hasSize(1);
    assertThat(messages(named("x\u0085"))).hasSize(1);
    assertThat(messages(named("a\tb"))).hasSize(1);
  }

  @Test
  void aLineBreakIsRefusedInASingleLineFieldAndAcceptedInAMultiLineOne() {
    assertThat(messages(named("Groupement\nMarseille")))
        .containsExactly("retour à la ligne interdit dans ce champ (position 11)");
    assertThat(messages(new Input(null, "Service achats\r\n1 rue de la République", null, null)))
        .isEmpty();
    assertThat(messages(new Input(null, "Service\u0000achats", null, null))).hasSize(1);
    assertThat(messages(new Input(null, "tab\tulation", null, null))).hasSize(1);
  }

  @Test
  void anAmountHasAtMostTwoDecimalsAndAtMostOneBillionEuros() {
    assertThat(messages(amount("31.50"))).isEmpty();
    assertThat(messages(amount("1000000000.00"))).isEmpty();
    assertThat(messages(amount("31.505"))).containsExactly("un montant a au plus 2 décimales");
    assertThat(messages(amount("1000000000.01")))
        .containsExactly("un montant ne dépasse pas 1 000 000 000 €");
  }

  @Test
  void aQuantityIsAtMostOneMillion() {
    assertThat(messages(quantity("1000000"))).isEmpty();
    assertThat(messages(quantity("1000000.001")))
        .containsExactly("une quantité ne dépasse pas 1 000 000");
  }

  private static Input amount(String value) {
    return new Input(null, null, new BigDecimal(value), null);
  }

  private static Input quantity(String value) {
    return new Input(null, null, null, new BigDecimal(value));
  }
}
