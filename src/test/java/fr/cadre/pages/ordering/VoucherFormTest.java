package fr.cadre.pages.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.ordering.control.OrderRequest;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Posted;
import fr.cadre.pages.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "The issuing form read into the API's order: quantities, dates and the budget year as every"
        + " form reads them, what does not parse beside its field, what was typed kept")
class VoucherFormTest {

  private static final List<String> CODES = List.of("H-JOUR", "H-NUIT", "FORFAIT");

  /** The lot, the site and the member chosen, the issue date; then the fields of a test. */
  private static VoucherForm posted(String... pairs) {
    String[] chosen = {"lot", "1", "site", "2", "member", "3", "issueDate", "2026-03-02"};
    return VoucherForm.of(
        Posted.of(Stream.concat(Stream.of(chosen), Stream.of(pairs)).toArray(String[]::new)));
  }

  @Test
  void anOrderThatParsesIsTheApisOrderWithQuantitiesInFrench() {
    FormErrors errors = new FormErrors();
    OrderRequest order =
        posted(
                "q-H-JOUR", "1\u00a0000,5",
                "q-H-NUIT", "",
                "q-FORFAIT", "2",
                "executionStart", "2026-03-01",
                "budgetYear", "2026")
            .request(CODES, new Texts(Locale.FRENCH), errors);
    assertThat(errors.any()).isFalse();
    assertThat(order.lines()).hasSize(2);
    assertThat(order.lines().get(0).code()).isEqualTo("H-JOUR");
    assertThat(order.lines().get(0).quantity()).isEqualByComparingTo("1000.5");
    assertThat(order.lines().get(1).code()).isEqualTo("FORFAIT");
    assertThat(order.executionStart()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(order.budgetYear()).isEqualTo(2026);
    assertThat(order.issueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  /** 1e3 would have been a thousand hours: a quantity is digits with a decimal mark, as amounts. */
  @Test
  void aQuantityWithAnExponentADayThatIsNoneAndAYearThatIsNoneAreRefusedBesideTheirFields() {
    FormErrors errors = new FormErrors();
    VoucherForm form =
        posted(
            "q-H-JOUR", "1e3",
            "executionEnd", "2026-02-30",
            "budgetYear", "2026,5");
    form.request(CODES, new Texts(Locale.FRENCH), errors);
    assertThat(errors.of("q-H-JOUR")).isEqualTo("saisir un nombre, par exemple 12,5");
    assertThat(errors.of("executionEnd")).isEqualTo("saisir une date (jj/mm/aaaa)");
    assertThat(errors.of("budgetYear")).isEqualTo("saisir une année, par exemple 2026");
    assertThat(errors.has("lines")).as("a line was typed, though refused").isFalse();
    assertThat(form.quantity("H-JOUR")).isEqualTo("1e3");
    assertThat(form.value("executionEnd")).isEqualTo("2026-02-30");
    assertThat(form.lineCodes()).isEmpty();
  }

  @Test
  void aFormWithNoQuantityAsksForOneLine() {
    FormErrors errors = new FormErrors();
    posted("q-H-JOUR", " ").request(CODES, new Texts(Locale.FRENCH), errors);
    assertThat(errors.of("lines"))
        .isEqualTo("saisir une quantité sur au moins une ligne du bordereau");
  }
}
