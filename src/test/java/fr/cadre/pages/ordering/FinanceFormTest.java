package fr.cadre.pages.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Posted;
import fr.cadre.pages.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "The finance forms of a voucher's page: their dates and amounts are required and read as"
        + " every form's are, what was typed is kept, and a form shown afresh has its defaults")
class FinanceFormTest {

  static FinanceForm posted(String... pairs) {
    return FinanceForm.posted(Posted.of(pairs), new Texts(Locale.FRENCH));
  }

  @Test
  void aBlankDateIsRefusedBesideItsFieldAsADateThatDoesNotParse() {
    FormErrors errors = new FormErrors();
    FinanceForm form = posted("doneOn", " ", "paidOn", "31/04/2022", "receivedOn", "2022-03-20");
    assertThat(form.date("doneOn", errors)).isNull();
    assertThat(form.date("paidOn", errors)).isNull();
    assertThat(form.date("receivedOn", errors)).isEqualTo(LocalDate.of(2022, 3, 20));
    assertThat(errors.of("doneOn")).isEqualTo("saisir une date (jj/mm/aaaa)");
    assertThat(errors.of("paidOn")).isEqualTo("saisir une date (jj/mm/aaaa)");
    assertThat(errors.has("receivedOn")).isFalse();
    assertThat(form.value("paidOn")).isEqualTo("31/04/2022");
  }

  @Test
  void aBlankAmountIsRefusedUnlessItHasADefaultAndANumberIsReadInFrench() {
    FormErrors errors = new FormErrors();
    FinanceForm form = posted("amountHt", "", "d-H", "", "amountTtc", "1 440,50", "d-J", "1e9");
    assertThat(form.number("amountHt", errors, null)).isNull();
    assertThat(form.number("d-H", errors, BigDecimal.ZERO)).isEqualTo(BigDecimal.ZERO);
    assertThat(form.number("amountTtc", errors, null)).isEqualByComparingTo("1440.50");
    assertThat(form.number("d-J", errors, BigDecimal.ZERO)).isNull();
    assertThat(errors.of("amountHt")).isEqualTo("saisir un nombre, par exemple 12,5");
    assertThat(errors.of("d-J")).isEqualTo("saisir un nombre, par exemple 12,5");
    assertThat(errors.has("d-H")).isFalse();
    assertThat(errors.has("amountTtc")).isFalse();
  }

  @Test
  void aFormShownAfreshGivesEachFieldItsDefault() {
    assertThat(FinanceForm.EMPTY.value("doneOn", "2026-12-01")).isEqualTo("2026-12-01");
    assertThat(FinanceForm.EMPTY.value("amountHt")).isEmpty();
    assertThat(posted("doneOn", "").value("doneOn", "2026-12-01")).isEmpty();
  }
}
