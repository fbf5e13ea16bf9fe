package fr.cadre.pages.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.kernel.Money;
import fr.cadre.ordering.entity.InvoiceReceipt;
import fr.cadre.pages.FormErrors;
import fr.cadre.pages.Posted;
import fr.cadre.pages.Texts;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "The finance forms of a voucher's page: their dates and amounts are required and read as"
        + " every form's are, an invoice passes the API's constraints (no amount beyond the cent),"
        + " what was typed is kept, and a form shown afresh has its defaults")
class FinanceFormTest {

  /** The API's constraints as the server checks them (its messages: META-INF/validation.xml). */
  private static final Validator validator =
      Validation.buildDefaultValidatorFactory().getValidator();

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

  private static FinanceForm invoice(String reference, String ht, String ttc) {
    return posted(
        "invoiceReference",
        reference,
        "receivedOn",
        "2022-03-20",
        "amountHt",
        ht,
        "amountTtc",
        ttc);
  }

  @Test
  void anInvoiceThatParsesAndPassesTheApisConstraintsIsTheReceiptInCents() {
    FormErrors errors = new FormErrors();
    InvoiceReceipt receipt = invoice(" F-1 ", "120", "144,00").invoice(validator, errors);
    assertThat(errors.any()).isFalse();
    assertThat(receipt)
        .isEqualTo(
            new InvoiceReceipt(
                "F-1", LocalDate.of(2022, 3, 20), Money.of("120.00"), Money.of("144.00")));
  }

  /** The API's {@code @Amount}: the page used to round 119,994 to 119,99 and record it. */
  @Test
  void anAmountOfMoreThanTwoDecimalsOrBeyondABillionIsRefusedBesideItsFieldAsTheApiRefusesIt() {
    FormErrors errors = new FormErrors();
    FinanceForm form = invoice("F-1", "119,994", "1 000 000 000,01");
    assertThat(form.invoice(validator, errors)).isNull();
    assertThat(errors.of("amountHt")).isEqualTo("un montant a au plus 2 décimales");
    assertThat(errors.of("amountTtc")).isEqualTo("un montant ne dépasse pas 1 000 000 000 €");
    assertThat(form.value("amountHt")).isEqualTo("119,994");
  }

  @Test
  void aReferenceIsRequiredOnceAndCheckedAsTheApiChecksIt() {
    FormErrors blank = new FormErrors();
    assertThat(invoice(" ", "10", "12").invoice(validator, blank)).isNull();
    assertThat(blank.entries()).hasSize(1);
    assertThat(blank.of("invoiceReference"))
        .isEqualTo("saisir la référence de la facture du titulaire");
    FormErrors tooLong = new FormErrors();
    assertThat(invoice("F".repeat(101), "10", "12").invoice(validator, tooLong)).isNull();
    assertThat(tooLong.has("invoiceReference")).isTrue();
  }
}
