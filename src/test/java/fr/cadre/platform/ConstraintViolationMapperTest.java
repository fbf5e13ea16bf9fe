package fr.cadre.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.kernel.Quantity;
import fr.cadre.kernel.Violation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "A constraint violation names its field as the request does: a JSON path, a header's name")
class ConstraintViolationMapperTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  record Line(@NotNull String code, @Quantity BigDecimal quantity) {}

  record Order(
      @NotNull String object,
      List<@NotNull @Valid Line> lines,
      Map<String, @Quantity BigDecimal> delivered) {}

  static class Key {
    @HeaderParam("Idempotency-Key")
    @Size(max = 3)
    String value;
  }

  /** A resource method, as Jakarta REST validates it. */
  public void create(@NotNull @Valid Order order, @Valid Key key) {}

  /** One that takes a header as a parameter of its own. */
  public void issue(long id, @HeaderParam("Idempotency-Key") @Size(max = 3) String key) {}

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private List<Violation> violationsOf(Order order, Key key) throws Exception {
    Method create = getClass().getMethod("create", Order.class, Key.class);
    return ConstraintViolationMapper.violations(
        Set.copyOf(
            validator
                .forExecutables()
                .validateParameters(this, create, new Object[] {order, key})));
  }

  @Test
  void nestedFieldsAreJsonPathsWithIndexesAndKeys() throws Exception {
    Key key = new Key();
    List<Violation> found =
        violationsOf(
            new Order(
                null,
                java.util.Arrays.asList(
                    new Line("A", BigDecimal.ONE), new Line(null, new BigDecimal("2000000")), null),
                Map.of("H-JOUR", new BigDecimal("1000001"))),
            key);
    assertThat(found)
        .extracting(Violation::field)
        .containsExactly(
            "delivered[H-JOUR]", "lines[1].code", "lines[1].quantity", "lines[2]", "object");
    assertThat(found)
        .extracting(Violation::rule)
        .containsExactly("decimal-max", "required", "decimal-max", "required", "required");
  }

  @Test
  void aHeaderIsNamedAsTheRequestNamesIt() throws Exception {
    Key key = new Key();
    key.value = "abcd";
    List<Violation> found = violationsOf(new Order("objet", List.of(), Map.of()), key);
    assertThat(found).extracting(Violation::field).containsExactly("Idempotency-Key");
    assertThat(found).extracting(Violation::message).containsExactly("au plus 3 caractères");
  }

  @Test
  void aMissingBodyIsTheBody() throws Exception {
    List<Violation> found = violationsOf(null, new Key());
    assertThat(found).extracting(Violation::field).containsExactly("body");
    assertThat(found)
        .extracting(Violation::message)
        .containsExactly("corps de requête JSON manquant");
  }

  @Test
  void aHeaderParameterIsNamedAsTheRequestNamesIt() throws Exception {
    Method issue = getClass().getMethod("issue", long.class, String.class);
    List<Violation> found =
        ConstraintViolationMapper.violations(
            Set.copyOf(
                validator
                    .forExecutables()
                    .validateParameters(this, issue, new Object[] {1L, "abcd"})));
    assertThat(found).extracting(Violation::field).containsExactly("Idempotency-Key");
    assertThat(found).extracting(Violation::message).containsExactly("au plus 3 caractères");
  }
}
