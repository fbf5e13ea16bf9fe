package fr.cadre.pages;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.directory.entity.LegalForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "A reference-data form as typed: French or English numbers, dates, choices; what does not"
        + " parse is an error beside its field, blank is null, and the text typed is kept")
class TypedFormTest {

  private static TypedForm posted(String... pairs) {
    return TypedForm.posted(Posted.of(pairs), new Texts(Locale.FRENCH));
  }

  @Test
  void numbersAreReadInFrenchOrEnglishWithTheirGroupingSpaces() {
    FormErrors errors = new FormErrors();
    TypedForm form = posted("a", "7 500,50", "b", "1234.5", "c", "150\u202f000", "d", " ");
    assertThat(form.number("a", errors)).isEqualByComparingTo("7500.50");
    assertThat(form.number("b", errors)).isEqualByComparingTo("1234.5");
    assertThat(form.number("c", errors)).isEqualByComparingTo(new BigDecimal("150000"));
    assertThat(form.number("d", errors)).isNull();
    assertThat(errors.any()).isFalse();
  }

  /** An exponent would be a billion digits once scaled to cents: refused before any arithmetic. */
  @Test
  void aNumberWithAnExponentOrTooManyDigitsIsNoNumber() {
    FormErrors errors = new FormErrors();
    TypedForm form = posted("e", "1e999999999", "long", "12345678901234", "fine", "-12,5");
    assertThat(form.number("e", errors)).isNull();
    assertThat(form.number("long", errors)).isNull();
    assertThat(form.number("fine", errors)).isEqualByComparingTo("-12.5");
    assertThat(errors.has("e")).isTrue();
    assertThat(errors.has("long")).isTrue();
    assertThat(errors.has("fine")).isFalse();
  }

  @Test
  void whatDoesNotParseIsAnErrorBesideItsFieldAndIsKeptAsTyped() {
    FormErrors errors = new FormErrors();
    TypedForm form =
        posted("max", "mille", "from", "31/02/2026", "count", "2,5", "form", "SARL", "id", "x");
    assertThat(form.number("max", errors)).isNull();
    assertThat(form.date("from", errors)).isNull();
    assertThat(form.integer("count", errors)).isNull();
    assertThat(form.choice("form", LegalForm.class, errors)).isNull();
    assertThat(form.id("id", errors)).isNull();
    assertThat(errors.of("max")).isEqualTo("saisir un nombre, par exemple 12,5");
    assertThat(errors.of("from")).isEqualTo("saisir une date (jj/mm/aaaa)");
    assertThat(errors.of("count")).isEqualTo("saisir un nombre entier, par exemple 12");
    assertThat(errors.of("form")).isEqualTo("choisir une valeur de la liste");
    assertThat(errors.of("id")).isEqualTo("choisir une valeur de la liste");
    assertThat(form.value("max")).isEqualTo("mille");
    assertThat(form.value("from")).isEqualTo("31/02/2026");
  }

  @Test
  void valuesThatParseAreReadAndBlankTextIsNullForTheDomainToNameIt() {
    FormErrors errors = new FormErrors();
    TypedForm form =
        posted(
            "day", "2026-03-01", "n", "12", "form", "OPH", "id", "42", "name", "  ", "ok", "true");
    assertThat(form.date("day", errors)).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(form.integer("n", errors)).isEqualTo(12);
    assertThat(form.choice("form", LegalForm.class, errors)).isEqualTo(LegalForm.OPH);
    assertThat(form.id("id", errors)).isEqualTo(42L);
    assertThat(form.text("name")).isNull();
    assertThat(form.checked("ok")).isTrue();
    assertThat(form.checked("absent")).isFalse();
    assertThat(errors.any()).isFalse();
  }

  /** A year's field says a year is expected, as the issuing form and the budget page ask one. */
  @Test
  void aYearThatDoesNotParseAsksForAYear() {
    FormErrors errors = new FormErrors();
    TypedForm form = posted("budgetYear", "2026,5", "ok", " 2026 ", "none", "");
    assertThat(form.year("budgetYear", errors)).isNull();
    assertThat(form.year("ok", errors)).isEqualTo(2026);
    assertThat(form.year("none", errors)).isNull();
    assertThat(errors.of("budgetYear")).isEqualTo("saisir une année, par exemple 2026");
    assertThat(errors.has("ok")).isFalse();
    assertThat(errors.has("none")).isFalse();
  }

  /** The lists' and the audit log's filters read their days with the forms' one parser. */
  @Test
  void aDayTypedInAQueryIsReadAsAFormReadsIt() {
    FormErrors errors = new FormErrors();
    Texts texts = new Texts(Locale.FRENCH);
    assertThat(TypedForm.date("from", " 2026-03-01 ", texts, errors))
        .isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(TypedForm.date("to", null, texts, errors)).isNull();
    assertThat(TypedForm.date("on", "01/03/2026", texts, errors)).isNull();
    assertThat(errors.of("on")).isEqualTo("saisir une date (jj/mm/aaaa)");
    assertThat(errors.has("from")).isFalse();
    assertThat(errors.has("to")).isFalse();
  }

  @Test
  void aFormOfValuesAlreadyTakenIsReadTheSameWayAndTellsAnAbsentFieldFromABlankOne() {
    FormErrors errors = new FormErrors();
    TypedForm form =
        TypedForm.of(
            Map.of("executionStart", "2026-02-30", "budgetYear", "2026", "blank", ""),
            new Texts(Locale.FRENCH));
    assertThat(form.date("executionStart", errors)).isNull();
    assertThat(form.year("budgetYear", errors)).isEqualTo(2026);
    assertThat(errors.of("executionStart")).isEqualTo("saisir une date (jj/mm/aaaa)");
    assertThat(form.value("blank", "2026-03-01")).isEmpty();
    assertThat(form.value("absent", "2026-03-01")).isEqualTo("2026-03-01");
  }

  @Test
  void aFormShownAfreshHoldsWhatIsStoredWithAmountsInPlainDigits() {
    TypedForm form = TypedForm.shown("max", new BigDecimal("5000.00"), "none", null, "tacit", true);
    assertThat(form.value("max")).isEqualTo("5000.00");
    assertThat(form.value("none")).isEmpty();
    assertThat(form.checked("tacit")).isTrue();
  }
}
