package fr.cadre.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cadre.ledger.control.UnpaidInvoices.Standing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "An unpaid invoice stands late past its due date, due soon within the alerts' window (its"
        + " last day and the due day included), and awaiting before it")
class UnpaidInvoicesTest {

  @Test
  void theDayAfterTheDueDateIsLate() {
    assertThat(Standing.of(-1, 7)).isEqualTo(Standing.LATE);
    assertThat(Standing.of(-400, 7)).isEqualTo(Standing.LATE);
  }

  @Test
  void theDueDayAndTheWindowsLastDayAreDueSoon() {
    assertThat(Standing.of(0, 7)).isEqualTo(Standing.DUE_SOON);
    assertThat(Standing.of(7, 7)).isEqualTo(Standing.DUE_SOON);
  }

  @Test
  void beyondTheWindowTheInvoiceAwaitsItsDueDate() {
    assertThat(Standing.of(8, 7)).isEqualTo(Standing.AWAITING);
    assertThat(Standing.of(30, 7)).isEqualTo(Standing.AWAITING);
    assertThat(Standing.of(1, 0)).isEqualTo(Standing.AWAITING);
  }
}
